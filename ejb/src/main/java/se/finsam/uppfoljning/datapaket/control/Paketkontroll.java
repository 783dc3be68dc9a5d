package se.finsam.uppfoljning.datapaket.control;

import se.finsam.uppfoljning.datapaket.boundary.Datapaket;
import se.finsam.uppfoljning.insats.boundary.Insatspost;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportinlasning;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportpost;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a package as a whole before anything is written: every reference resolves, every code is
 * known, every answer is allowed. Returns all problems at once, each with the JSON path of the
 * field, so the office can correct the file in one go.
 */
public final class Paketkontroll {

    private Paketkontroll() {
    }

    /**
     * @param organisationer aliases of the förbund's partners
     * @param kandaInsatser  codes of insatser already registered (a package may report on them)
     * @param kandaMal       goal numbers of registered insatser, by code
     * @param kandaFragor    the registered question sets by "year/from quarter": each question's code
     *                       with the answers it allows
     */
    public static List<FieldError> check(Datapaket p, Set<String> organisationer, Set<String> kandaInsatser,
                                         Map<String, Set<Integer>> kandaMal, Map<String, Map<String, List<String>>> kandaFragor) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Set<Integer>> mal = new HashMap<>(kandaMal);
        Set<String> koder = new HashSet<>(kandaInsatser);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.insatser().size(); i++) {
            Insatspost in = p.insatser().get(i);
            String at = "insatser[" + i + "]";
            if (!seen.add(in.kod())) {
                errors.add(new FieldError(at + ".kod", "Koden " + in.kod() + " förekommer flera gånger."));
            }
            koder.add(in.kod());
            if (!organisationer.contains(in.agare())) {
                errors.add(new FieldError(at + ".agare", "Organisationen " + in.agare() + " är inte partner i förbundet."));
            }
            List<String> parter = orEmpty(in.samverkansparter());
            for (int j = 0; j < parter.size(); j++) {
                if (!organisationer.contains(parter.get(j))) {
                    errors.add(new FieldError(at + ".samverkansparter[" + j + "]", "Organisationen " + parter.get(j) + " är inte partner i förbundet."));
                }
            }
            if (in.start() != null && in.slut() != null && in.slut().isBefore(in.start())) {
                errors.add(new FieldError(at + ".slut", "Slutdatum ligger före startdatum."));
            }
            List<Insatspost.Ledamot> ledamoter = orEmpty(in.styrgrupp());
            for (int j = 0; j < ledamoter.size(); j++) {
                if (!organisationer.contains(ledamoter.get(j).organisation())) {
                    errors.add(new FieldError(at + ".styrgrupp[" + j + "].organisation", "Organisationen är inte partner i förbundet."));
                }
            }
            Set<Integer> nummer = new HashSet<>();
            orEmpty(in.mal()).forEach(m -> nummer.add(m.nummer()));
            mal.merge(in.kod(), nummer, (a, b) -> {
                Set<Integer> all = new HashSet<>(a);
                all.addAll(b);
                return all;
            });
        }
        Map<String, Map<String, List<String>>> fragor = new HashMap<>(kandaFragor);
        List<Datapaket.Fragebatteri> batterier = orEmpty(p.fragebatterier());
        for (int i = 0; i < batterier.size(); i++) {
            Datapaket.Fragebatteri fb = batterier.get(i);
            Map<String, List<String>> set = new HashMap<>();
            for (int j = 0; j < fb.fragor().size(); j++) {
                Datapaket.Fraga f = fb.fragor().get(j);
                String at = "fragebatterier[" + i + "].fragor[" + j + "]";
                List<String> tillatna = Rapportinlasning.svarFor(f.svarstyp());
                if (set.put(f.kod(), tillatna) != null) {
                    errors.add(new FieldError(at + ".kod", "Frågekoden " + f.kod() + " förekommer flera gånger."));
                }
                for (String s : orEmpty(f.forklaringKravsVid())) {
                    if (!tillatna.contains(s)) {
                        errors.add(new FieldError(at + ".forklaringKravsVid", "Svaret " + s + " finns inte för svarstypen " + f.svarstyp() + "."));
                    }
                }
            }
            fragor.put(fb.ar() + "/" + fb.franKvartal(), set);
        }
        List<Rapportpost> rapporter = orEmpty(p.kvartalsrapporter());
        Set<String> rapportNycklar = new HashSet<>();
        for (int i = 0; i < rapporter.size(); i++) {
            Rapportpost r = rapporter.get(i);
            String at = "kvartalsrapporter[" + i + "]";
            if (!rapportNycklar.add(r.insats() + "/" + r.ar() + "/" + r.kvartal())) {
                errors.add(new FieldError(at, "Rapporten för " + r.insats() + " " + r.ar() + " kvartal " + r.kvartal() + " förekommer flera gånger."));
            }
            if (!koder.contains(r.insats())) {
                errors.add(new FieldError(at + ".insats", "Insatsen " + r.insats() + " finns varken i paketet eller i registret."));
                continue;
            }
            List<Rapportpost.Malsvar> malsvar = orEmpty(r.mal());
            for (int j = 0; j < malsvar.size(); j++) {
                Rapportpost.Malsvar m = malsvar.get(j);
                if (!mal.getOrDefault(r.insats(), Set.of()).contains(m.nummer())) {
                    errors.add(new FieldError(at + ".mal[" + j + "].nummer", "Insatsen har inget mål " + m.nummer() + "."));
                }
                known(Rapportinlasning.MALSTATUSAR, m.status(), at + ".mal[" + j + "].status", errors);
                known(Rapportinlasning.PROGNOSER, m.prognos(), at + ".mal[" + j + "].prognos", errors);
            }
            Map<String, List<String>> set = setFor(fragor, r.ar(), r.kvartal());
            List<Rapportpost.Svar> svar = orEmpty(r.svar());
            for (int j = 0; j < svar.size(); j++) {
                Rapportpost.Svar s = svar.get(j);
                List<String> tillatna = set.get(s.fraga());
                if (tillatna == null) {
                    errors.add(new FieldError(at + ".svar[" + j + "].fraga", "Frågan " + s.fraga() + " ingår inte i frågebatteriet för kvartalet."));
                } else if (s.svar() != null && !tillatna.contains(s.svar())) {
                    errors.add(new FieldError(at + ".svar[" + j + "].svar", "Svaret " + s.svar() + " är inte tillåtet; välj " + tillatna + "."));
                }
            }
            if (("INSKICKAD".equals(r.status()) || "GODKAND".equals(r.status())) && r.inskickad() == null) {
                errors.add(new FieldError(at + ".inskickad", "Datum för inskickning måste anges för en inskickad rapport."));
            }
            if ("GODKAND".equals(r.status()) && r.godkand() == null) {
                errors.add(new FieldError(at + ".godkand", "Datum för godkännande måste anges för en godkänd rapport."));
            }
        }
        return errors;
    }

    private static Map<String, List<String>> setFor(Map<String, Map<String, List<String>>> fragor, int ar, int kvartal) {
        for (int k = kvartal; k >= 1; k--) {
            Map<String, List<String>> set = fragor.get(ar + "/" + k);
            if (set != null) {
                return set;
            }
        }
        return Map.of();
    }

    private static void known(Set<String> values, String value, String field, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (!values.contains(value)) {
            errors.add(new FieldError(field, "Okänt värde \"" + value + "\"."));
        }
    }

    /** A list the package left out reads as empty. */
    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
