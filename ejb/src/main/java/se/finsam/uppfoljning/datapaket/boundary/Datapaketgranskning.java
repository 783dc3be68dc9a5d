package se.finsam.uppfoljning.datapaket.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.datapaket.DatapaketFel;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsepaket;
import se.finsam.uppfoljning.budget.boundary.Ekonomipaket;
import se.finsam.uppfoljning.insats.boundary.Insatspost;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportpost;
import se.finsam.uppfoljning.slutrapport.boundary.Slutrapportpaket;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.Halvar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static se.finsam.uppfoljning.datapaket.control.Paketkontroll.orEmpty;

/**
 * The preview of a data package (the office's page shows it before the commit, as the SUS import
 * does): the package is compared with the register per insats, then imported for real — every check
 * and rule, the closed year's included — in a transaction that is always rolled back. So the preview
 * cannot disagree with the commit about whether the package is taken.
 */
@Stateless
public class Datapaketgranskning {

    @Resource
    SessionContext context;

    @Inject
    Datapaketering datapaketering;

    @Inject
    Insatsregister insatsregister;

    public Forhandsgranskning forhandsgranska(@NotNull Caller caller, @NotNull Datapaket paket) {
        Atkomst.requireReviewer(caller);
        List<Forhandsgranskning.Insatsandring> insatser = andringar(caller, paket);
        try {
            Datapaketering.Resultat resultat = datapaketering.importera(caller, paket);
            return new Forhandsgranskning(true, resultat, null, null, List.of(), insatser);
        } catch (RuntimeException e) {
            Throwable t = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (t instanceof UppfoljningException u && u.kind() != Kind.FORBIDDEN) {
                return new Forhandsgranskning(false, null, u.code(), u.getMessage(), u.fieldErrors(), insatser);
            }
            if (t instanceof ConstraintViolationException cve) {
                return new Forhandsgranskning(false, null, DatapaketFel.PAKETET_HAR_FEL.code(), DatapaketFel.PAKETET_HAR_FEL.message(),
                        cve.getConstraintViolations().stream().map(v -> new FieldError(path(v.getPropertyPath().toString()),
                                v.getMessage())).toList(), insatser);
            }
            throw e;
        } finally {
            context.setRollbackOnly();
        }
    }

    /** "importera.paket.insatser[0].namn" as the package's own path, "insatser[0].namn". */
    private static String path(String p) {
        return p.replaceFirst("^[^.]+\\.[^.]+\\.?", "");
    }

    private List<Forhandsgranskning.Insatsandring> andringar(Caller caller, Datapaket paket) {
        Map<String, Insatspost> register = insatsregister.poster(new ForbundKod(Atkomst.forbund(caller)),
                new Halvar(paket.period().ar(), paket.period().halvar()).sistaDag());
        Map<String, List<String>> delar = new LinkedHashMap<>();
        orEmpty(paket.insatser()).forEach(i -> delar.computeIfAbsent(i.kod(), k -> new ArrayList<>()));
        count(delar, orEmpty(paket.kvartalsrapporter()).stream().map(Rapportpost::insats), "kvartalsrapport", "kvartalsrapporter");
        count(delar, orEmpty(paket.budgetar()).stream().map(Ekonomipaket.Budget::insats), "budget", "budgetar");
        count(delar, orEmpty(paket.rekvisitioner()).stream().map(Ekonomipaket.Rekvisition::insats), "rekvisition", "rekvisitioner");
        count(delar, orEmpty(paket.overforingar()).stream().map(Ekonomipaket.Overforing::insats), "överföring", "överföringar");
        count(delar, orEmpty(paket.deltagarstatistik()).stream().map(DatapaketStatistik::insats), "statistikperiod", "statistikperioder");
        count(delar, orEmpty(paket.avvikelser()).stream().map(Avvikelsepaket.Avvikelse::insats), "avvikelse", "avvikelser");
        count(delar, orEmpty(paket.slutrapporter()).stream().map(Slutrapportpaket.Slutrapport::insats), "slutrapport", "slutrapporter");
        Map<String, Insatspost> iPaketet = orEmpty(paket.insatser()).stream()
                .collect(Collectors.toMap(Insatspost::kod, Function.identity(), (a, b) -> b));
        return delar.entrySet().stream().map(e -> {
            Insatspost in = iPaketet.get(e.getKey());
            Insatspost finns = register.get(e.getKey());
            String namn = in != null ? in.namn() : finns != null ? finns.namn() : e.getKey();
            String status = in == null ? "EJ_I_PAKETET" : finns == null ? "NY"
                    : normalized(finns).equals(normalized(in)) ? "OFORANDRAD" : "ANDRAS";
            return new Forhandsgranskning.Insatsandring(e.getKey(), namn, status, e.getValue());
        }).toList();
    }

    private static void count(Map<String, List<String>> delar, Stream<String> insatser, String en, String flera) {
        insatser.filter(Objects::nonNull).collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .forEach((kod, n) -> delar.computeIfAbsent(kod, k -> new ArrayList<>()).add(n + " " + (n == 1 ? en : flera)));
    }

    /** Absent and empty lists mean the same in a package, and the order of a set-like list does not matter. */
    private static Insatspost normalized(Insatspost i) {
        return new Insatspost(i.kod(), i.namn(), i.kortnamn(), i.typ(), i.agare(),
                orEmpty(i.samverkansparter()).stream().sorted().toList(), i.start(), i.slut(), orEmpty(i.forlangningar()),
                i.status(), i.malgrupp(), orEmpty(i.mal()).stream().sorted(Comparator.comparing(Insatspost.Mal::nummer)).toList(),
                orEmpty(i.styrgrupp()).stream().sorted(Comparator.comparing(Insatspost.Ledamot::namn)).toList(),
                orEmpty(i.tilldelningar()).stream().sorted(Comparator.comparing(Insatspost.Tilldelning::anvandare)
                        .thenComparing(Insatspost.Tilldelning::roll)).toList(),
                i.sortering() == null ? 0 : i.sortering());
    }
}
