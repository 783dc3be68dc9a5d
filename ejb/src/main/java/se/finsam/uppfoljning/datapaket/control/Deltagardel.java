package se.finsam.uppfoljning.datapaket.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import se.finsam.uppfoljning.datapaket.boundary.Datapaket;
import se.finsam.uppfoljning.datapaket.boundary.DatapaketStatistik;
import se.finsam.uppfoljning.deltagare.boundary.Deltagarstatistiken;
import se.finsam.uppfoljning.deltagare.boundary.Inlasningspost;
import se.finsam.uppfoljning.deltagare.boundary.Statistikavkodning;
import se.finsam.uppfoljning.insats.boundary.Insatspost;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static se.finsam.uppfoljning.datapaket.control.Paketkontroll.orEmpty;

/**
 * The statistics part of a version-2 data package: participant figures per individinsats and
 * period. Checked for form with the rest of the package; written through the statistics
 * component's batch save, so the consistency rules, the explanations and the audit rows are the
 * same as for the form and the SUS import, and the whole package is refused when a rule is broken
 * without its explanation.
 */
@Dependent
public class Deltagardel {

    @Inject
    Deltagarstatistiken statistiken;

    /** @param kandaInsatser codes of insatser registered or in the package */
    public static List<FieldError> check(Datapaket p, Set<String> kandaInsatser) {
        List<FieldError> errors = new ArrayList<>();
        List<DatapaketStatistik> poster = orEmpty(p.deltagarstatistik());
        if (!poster.isEmpty() && Datapaket.FORMAT_1.equals(p.format())) {
            errors.add(new FieldError("format", "Deltagarstatistik kräver formatet " + Datapaket.FORMAT + "."));
        }
        Set<String> nycklar = new HashSet<>();
        for (int i = 0; i < poster.size(); i++) {
            DatapaketStatistik s = poster.get(i);
            String at = "deltagarstatistik[" + i + "]";
            if (!kandaInsatser.contains(s.insats())) {
                errors.add(new FieldError(at + ".insats", "Insatsen " + s.insats() + " finns varken i paketet eller i registret."));
            }
            if (!nycklar.add(s.insats() + "/" + s.ar() + "/" + s.halvar())) {
                errors.add(new FieldError(at, "Statistiken för " + s.insats() + " " + s.ar() + " halvår " + s.halvar()
                        + " förekommer flera gånger."));
            }
        }
        return errors;
    }

    /** Writes every post or none (the rules of all posts are checked before the first is written). */
    public int importera(Caller caller, Map<String, InsatsId> insatser, Datapaket p) {
        List<Inlasningspost> poster = new ArrayList<>();
        for (DatapaketStatistik s : orEmpty(p.deltagarstatistik())) {
            Statistikavkodning.Avkodat a = statistiken.avkoda(s.siffror());
            poster.add(new Inlasningspost(insatser.get(s.insats()).varde(), s.ar(), s.halvar(), a.siffror(), a.forklaringar()));
        }
        if (poster.isEmpty()) {
            return 0;
        }
        return (int) statistiken.lasInDatapaket(caller, poster).stream().filter(Boolean::booleanValue).count();
    }

    /** The period's figures of the individinsatser that have them. */
    public List<DatapaketStatistik> exportera(Map<InsatsId, Insatspost> insatser, Halvar h) {
        return statistiken.exportera(List.copyOf(insatser.keySet()), h).entrySet().stream()
                .map(e -> new DatapaketStatistik(insatser.get(e.getKey()).kod(), h.ar(), h.halvar(), e.getValue())).toList();
    }
}
