package se.finsam.uppfoljning.deltagare.boundary;

import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.deltagare.control.Kodlista;
import se.finsam.uppfoljning.deltagare.control.Konsistensregler;
import se.finsam.uppfoljning.deltagare.entity.Antal;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Malgruppskategori;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes a {@link StatistikInput} into figures the rules can check: every formal error (a missing
 * count, a negative one, an unknown code, a share outside 0–100) is collected and refused together
 * (400, nothing written). Business rules are not checked here.
 */
public final class Statistikavkodning {

    static final int MAX_ANTAL = 1_000_000;
    static final int MAX_TEXT = 2000;

    private final List<FieldError> fel = new ArrayList<>();
    private final Map<String, Integer> summor = new LinkedHashMap<>();

    private Statistikavkodning() {
    }

    /** The figures and the explanations, or a 400 listing every formal error. */
    static Avkodat avkoda(StatistikInput in, Kodlista kodlista) {
        return avkoda(in, kodlista, true);
    }

    /** @param versionKravs whether the input must name the version it read (a form's save) or not (a check, an import) */
    static Avkodat avkoda(StatistikInput in, Kodlista kodlista, boolean versionKravs) {
        Statistikavkodning a = new Statistikavkodning();
        StatistikInput i = in == null ? new StatistikInput(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null) : in;
        Antal start = a.km(i.pagaendeStart(), "pagaendeStart");
        Antal inreg = a.km(i.inregistrerade(), "inregistrerade");
        Antal avsl = a.km(i.avslutade(), "avslutade");
        Antal hela = a.km(i.avslutadeHelaPerioden(), "avslutadeHelaPerioden");
        Antal slut = a.km(i.pagaendeSlut(), "pagaendeSlut");
        Antal as = a.km(i.arbeteStudier(), "arbeteStudier");
        int anonyma = a.tal(i.anonyma(), "anonyma", true);
        if (i.handlingsplanProcent() != null && (i.handlingsplanProcent() < 0 || i.handlingsplanProcent() > 100)) {
            a.fel.add(new FieldError("handlingsplanProcent", "Andelen med handlingsplan är 0–100 %."));
        }
        if (i.kodlista() != null && i.kodlista() != kodlista.version()) {
            a.fel.add(new FieldError("kodlista", "Kodlistan för avslutningsanledningar version " + i.kodlista() + " finns inte."));
        }
        Map<String, Antal> anledningar = a.anledningar(i.avslutningsanledningar(), kodlista);
        if (i.arbete() != null) {
            a.statedWork(i.arbete());
        }
        Deltagarsiffror.Malgrupp malgrupp = a.malgrupp(i.malgrupp());
        Map<String, String> forklaringar = a.forklaringar(i.forklaringar());
        if (versionKravs && i.version() == null) {
            a.fel.add(new FieldError("version", "Ange versionen du läste (0 om perioden saknar siffror)."));
        }
        if (!a.fel.isEmpty()) {
            throw UppfoljningException.withFields(DeltagareFel.OGILTIGA_UPPGIFTER, a.fel);
        }
        return new Avkodat(new Deltagarsiffror(i.uttagsdatum(), start, inreg, avsl, hela, slut, anonyma, as,
                i.handlingsplanProcent(), kodlista.version(), i.anledningarUttagsdatum(), anledningar, malgrupp, a.summor),
                forklaringar, i.version() == null ? 0L : i.version());
    }

    /** Decoded figures, the explanations given, and the version the input named (0 when none). */
    public record Avkodat(Deltagarsiffror siffror, Map<String, String> forklaringar, long version) {
    }

    private Antal km(StatistikInput.Km km, String falt) {
        if (km == null) {
            fel.add(new FieldError(falt, "Ange antal kvinnor och män."));
            return Antal.NOLL;
        }
        int k = tal(km.k(), falt + ".k", true);
        int m = tal(km.m(), falt + ".m", true);
        if (km.summa() != null) {
            summor.put(falt, tal(km.summa(), falt + ".summa", true));
        }
        return new Antal(k, m);
    }

    private int tal(Integer v, String falt, boolean kravs) {
        if (v == null) {
            if (kravs) {
                fel.add(new FieldError(falt, "Ange ett antal (0 eller mer)."));
            }
            return 0;
        }
        if (v < 0 || v > MAX_ANTAL) {
            fel.add(new FieldError(falt, "Ett antal är ett heltal från 0 till " + MAX_ANTAL + "."));
            return 0;
        }
        return v;
    }

    private Map<String, Antal> anledningar(List<StatistikInput.Anledning> in, Kodlista kodlista) {
        Map<String, Antal> svar = new HashMap<>();
        List<StatistikInput.Anledning> lista = in == null ? List.of() : in;
        for (int i = 0; i < lista.size(); i++) {
            StatistikInput.Anledning r = lista.get(i);
            String at = "avslutningsanledningar[" + i + "]";
            if (r == null || r.kod() == null || kodlista.anledning(r.kod()).isEmpty()) {
                fel.add(new FieldError(at + ".kod", "Okänd avslutningsanledning" + (r == null || r.kod() == null ? "" : " " + r.kod()) + "."));
                continue;
            }
            if (svar.containsKey(r.kod())) {
                fel.add(new FieldError(at + ".kod", "Avslutningsanledningen " + r.kod() + " förekommer flera gånger."));
                continue;
            }
            Antal a = new Antal(tal(r.k(), at + ".k", true), tal(r.m(), at + ".m", true));
            if (r.summa() != null) {
                summor.put("avslutningsanledningar." + r.kod(), tal(r.summa(), at + ".summa", true));
            }
            svar.put(r.kod(), a);
        }
        return svar;
    }

    private void statedWork(StatistikInput.Km arbete) {
        if (arbete.k() != null) {
            summor.put(Konsistensregler.ARBETE + ".k", tal(arbete.k(), "arbete.k", true));
        }
        if (arbete.m() != null) {
            summor.put(Konsistensregler.ARBETE + ".m", tal(arbete.m(), "arbete.m", true));
        }
        if (arbete.summa() != null) {
            summor.put(Konsistensregler.ARBETE, tal(arbete.summa(), "arbete.summa", true));
        }
    }

    private Deltagarsiffror.Malgrupp malgrupp(StatistikInput.MalgruppInput in) {
        if (in == null) {
            return null;
        }
        Antal antal = km(in.antal(), "malgrupp.antal");
        summor.remove("malgrupp.antal");
        if (in.antal() != null && in.antal().summa() != null) {
            summor.put("malgrupp", in.antal().summa());
        }
        Map<Malgruppskategori, Antal> fordelning = new HashMap<>();
        List<StatistikInput.Kategori> lista = in.fordelning() == null ? List.of() : in.fordelning();
        for (int i = 0; i < lista.size(); i++) {
            StatistikInput.Kategori r = lista.get(i);
            String at = "malgrupp.fordelning[" + i + "]";
            Optional<Malgruppskategori> kat = kategori(r == null ? null : r.kategori());
            if (kat.isEmpty() || fordelning.containsKey(kat.get())) {
                fel.add(new FieldError(at + ".kategori", kat.isEmpty() ? "Okänd målgruppskategori." : "Kategorin förekommer flera gånger."));
                continue;
            }
            fordelning.put(kat.get(), new Antal(tal(r.k(), at + ".k", true), tal(r.m(), at + ".m", true)));
            if (r.summa() != null) {
                summor.put("malgrupp." + kat.get().name(), tal(r.summa(), at + ".summa", true));
            }
        }
        return new Deltagarsiffror.Malgrupp(in.uttagsdatum(), antal, fordelning, dagar(in.snittdagarK(), "malgrupp.snittdagarK"),
                dagar(in.snittdagarM(), "malgrupp.snittdagarM"));
    }

    private static Optional<Malgruppskategori> kategori(String namn) {
        if (namn == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Malgruppskategori.valueOf(namn));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private BigDecimal dagar(BigDecimal v, String falt) {
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(99_999)) > 0) {
            fel.add(new FieldError(falt, "Genomsnittligt antal dagar är 0–99 999."));
            return null;
        }
        return v.setScale(1, RoundingMode.HALF_UP);
    }

    private Map<String, String> forklaringar(Map<String, String> in) {
        Map<String, String> svar = new HashMap<>();
        if (in == null) {
            return svar;
        }
        in.forEach((regel, text) -> {
            if (!Konsistensregler.FORKLARBARA.contains(regel)) {
                fel.add(new FieldError("forklaringar." + regel, "Regeln " + regel + " kan inte förklaras bort; rätta siffrorna."));
            } else if (text != null && text.length() > MAX_TEXT) {
                fel.add(new FieldError("forklaringar." + regel, "En förklaring får vara högst " + MAX_TEXT + " tecken."));
            } else if (text != null && !text.isBlank()) {
                svar.put(regel, text.strip());
            }
        });
        return svar;
    }
}
