package se.finsam.uppfoljning.slutrapport.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsStatus;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.slutrapport.SlutrapportFel;
import se.finsam.uppfoljning.slutrapport.control.Slutrapporter;
import se.finsam.uppfoljning.slutrapport.entity.Malutfall;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Final reports: written by the insats' rapportörer or the office when the insats closes (it is
 * closed, or ends within {@value #MANADER_FORE_SLUT} months), read by whoever reads its reports.
 */
@Stateless
public class Slutrapportering {

    static final int MANADER_FORE_SLUT = 3;
    private static final int MAX_TEXT = 8000;

    @Inject
    InsatsLookup lookup;

    @Inject
    Slutrapporter slutrapporter;

    @Inject
    Kalender kalender;

    public SlutrapportView get(@NotNull Caller caller, InsatsId insatsId) {
        Atkomst.requireInsatsRole(caller);
        Insats insats = lookup.findForReading(caller, insatsId.varde(), Atkomst::canReadReports);
        return slutrapporter.of(insats).map(SlutrapportView::of)
                .orElseThrow(() -> UppfoljningException.of(SlutrapportFel.FINNS_INTE));
    }

    /**
     * The PM's read facade: the final reports of the given insatser of the caller's förbund that have
     * one, in the order given; the PM checks who may read it.
     */
    public List<SlutrapportView> forInsatser(@NotNull Caller caller, List<InsatsId> insatser) {
        return lookup.forReading(new ForbundKod(Atkomst.forbund(caller)), insatser).stream()
                .sorted(Comparator.comparingInt(i -> insatser.indexOf(new InsatsId(i.id()))))
                .flatMap(i -> slutrapporter.of(i).stream()).map(SlutrapportView::of).toList();
    }

    /**
     * Slutrapport's part of a data package (checked whole by the package beforehand): each final
     * report written or rewritten, with the same audit rows as the form; returns how many.
     *
     * @param insatsIds every insats the package may name, by code
     */
    public int lasIn(@NotNull Caller caller, Map<String, InsatsId> insatsIds, List<Slutrapportpaket.Slutrapport> poster) {
        for (Slutrapportpaket.Slutrapport s : poster) {
            slutrapporter.write(caller, lookup.find(insatsIds.get(s.insats())).orElseThrow(), null, s.syfte(),
                    s.mal().stream().map(m -> new Malutfall(m.nummer(), m.utfall(), m.uppnatt())).toList(),
                    s.sammanfattning(), s.leverVidare(), s.lankar() == null ? List.of() : s.lankar(), Instant.now());
        }
        return poster.size();
    }

    /** The final reports of those insatser that end (extensions included) in the period, for a package. */
    public List<Slutrapportpaket.Slutrapport> exportera(List<InsatsId> insatsIds, LocalDate fran, LocalDate till) {
        return insatsIds.stream().map(id -> lookup.find(id).orElseThrow())
                .filter(i -> !i.slutPer(LocalDate.MAX).isBefore(fran) && !i.slutPer(LocalDate.MAX).isAfter(till))
                .flatMap(i -> slutrapporter.of(i).stream())
                .map(r -> new Slutrapportpaket.Slutrapport(r.insats().kod(), r.syfte(),
                        r.mal().stream().map(m -> new Slutrapportpaket.Malutfall(m.nummer(), m.utfall(), m.uppnatt())).toList(),
                        r.sammanfattning(), r.leverVidare(), r.lankar()))
                .toList();
    }

    public SlutrapportView spara(@NotNull Caller caller, InsatsId insatsId, SlutrapportInput in) {
        if (!caller.hasAny(Roll.RAPPORTOR, Roll.KANSLI)) {
            throw UppfoljningException.of(SlutrapportFel.BARA_RAPPORTOR_ELLER_KANSLI);
        }
        Insats insats = lookup.find(caller, insatsId.varde(), (c, i) -> Atkomst.canReport(c, i) || c.has(Roll.KANSLI) && Atkomst.canReadReports(c, i));
        SlutrapportInput input = in == null ? new SlutrapportInput(null, null, null, null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        String syfte = text(input.syfte(), "syfte", true, errors);
        List<Malutfall> mal = mal(insats, input.mal(), errors);
        String sammanfattning = text(input.sammanfattning(), "sammanfattning", false, errors);
        String leverVidare = text(input.leverVidare(), "leverVidare", false, errors);
        List<String> lankar = lankar(input.lankar(), errors);
        if (input.version() == null) {
            errors.add(new FieldError("version", "Ange versionen du läste (0 om slutrapport saknas)."));
        }
        if (!errors.isEmpty()) {
            throw UppfoljningException.withFields(SlutrapportFel.OGILTIGA_UPPGIFTER, errors);
        }
        LocalDate slut = insats.slutPer(LocalDate.MAX);
        if (insats.status() != InsatsStatus.AVSLUTAD && slut.isAfter(kalender.idag().plusMonths(MANADER_FORE_SLUT))) {
            throw UppfoljningException.of(SlutrapportFel.INSATSEN_PAGAR, slut);
        }
        return SlutrapportView.of(slutrapporter.write(caller, insats, input.version(), syfte, mal, sammanfattning, leverVidare,
                lankar, Instant.now()));
    }

    /** Every goal of the insats exactly once, each with an outcome and reached yes/no. */
    static List<Malutfall> mal(Insats insats, List<SlutrapportInput.Mal> in, List<FieldError> errors) {
        Set<Integer> kanda = insats.mal().stream().map(m -> m.nummer()).collect(Collectors.toSet());
        List<SlutrapportInput.Mal> lista = in == null ? List.of() : in;
        List<Malutfall> mal = new ArrayList<>();
        Set<Integer> sedda = new HashSet<>();
        for (int i = 0; i < lista.size(); i++) {
            SlutrapportInput.Mal m = lista.get(i);
            String at = "mal[" + i + "]";
            if (m == null || m.nummer() == null || !kanda.contains(m.nummer())) {
                errors.add(new FieldError(at + ".nummer", "Insatsen har inget sådant mål."));
                continue;
            }
            if (!sedda.add(m.nummer())) {
                errors.add(new FieldError(at + ".nummer", "Mål " + m.nummer() + " förekommer flera gånger."));
            }
            String utfall = text(m.utfall(), at + ".utfall", true, errors);
            if (m.uppnatt() == null) {
                errors.add(new FieldError(at + ".uppnatt", "Ange om målet uppnåddes."));
            } else if (!utfall.isEmpty()) {
                mal.add(new Malutfall(m.nummer(), utfall, m.uppnatt()));
            }
        }
        kanda.stream().filter(n -> !sedda.contains(n)).sorted()
                .forEach(n -> errors.add(new FieldError("mal", "Mål " + n + " saknar utfall.")));
        return mal;
    }

    static List<String> lankar(List<String> in, List<FieldError> errors) {
        List<String> lankar = new ArrayList<>();
        List<String> lista = in == null ? List.of() : in;
        for (int i = 0; i < lista.size(); i++) {
            String l = lista.get(i) == null ? "" : lista.get(i).strip();
            try {
                URI u = new URI(l);
                if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null || l.length() > 2000) {
                    throw new URISyntaxException(l, "not http(s)");
                }
                lankar.add(l);
            } catch (URISyntaxException e) {
                errors.add(new FieldError("lankar[" + i + "]", "Ange en webbadress som börjar med https:// eller http://."));
            }
        }
        return lankar;
    }

    private static String text(String value, String field, boolean required, List<FieldError> errors) {
        String t = value == null ? "" : value.strip();
        if (required && t.isEmpty()) {
            errors.add(new FieldError(field, "Måste fyllas i."));
        } else if (t.length() > MAX_TEXT && !"sammanfattning".equals(field)) {
            errors.add(new FieldError(field, "Högst " + MAX_TEXT + " tecken."));
        } else if (t.length() > 20000) {
            errors.add(new FieldError(field, "Högst 20000 tecken."));
        }
        return t.isEmpty() && !required ? null : t;
    }
}
