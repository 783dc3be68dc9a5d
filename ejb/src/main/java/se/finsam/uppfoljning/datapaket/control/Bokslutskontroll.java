package se.finsam.uppfoljning.datapaket.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import se.finsam.uppfoljning.budget.control.Bokslut;
import se.finsam.uppfoljning.budget.boundary.Ekonomiinlasning;
import se.finsam.uppfoljning.budget.boundary.Ekonomipaket;
import se.finsam.uppfoljning.datapaket.boundary.Datapaket;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static se.finsam.uppfoljning.datapaket.control.Paketkontroll.orEmpty;

/**
 * A package obeys the closed-year rule of the rekvisition form (budget's {@link Bokslut}): a
 * rekvisition of a closed year that the import would write — a new one, or one the office had
 * returned — refuses the whole package with the form's {@code BUD-108}, before anything is written.
 * One already in the database that the import leaves as it is (an exported package read back) does
 * not touch the year.
 */
@Dependent
public class Bokslutskontroll {

    @Inject
    Ekonomiinlasning ekonomi;

    /** @param insatser the register's insatser by code (those new in the package are absent) */
    public void requireOpen(Datapaket paket, Map<String, InsatsId> insatser, LocalDate idag) {
        List<Ekonomipaket.Rekvisition> rekvisitioner = orEmpty(paket.rekvisitioner());
        List<FieldError> stangda = new ArrayList<>();
        int forsta = Integer.MAX_VALUE;
        for (int i = 0; i < rekvisitioner.size(); i++) {
            Ekonomipaket.Rekvisition r = rekvisitioner.get(i);
            if (Bokslut.isStangt(r.ar(), idag) && wouldWrite(insatser.get(r.insats()), new Rapportperiod(r.ar(), r.kvartal()))) {
                stangda.add(new FieldError("rekvisitioner[" + i + "].ar", "År " + r.ar() + " är stängt sedan " + Bokslut.stangs(r.ar()) + "."));
                forsta = Math.min(forsta, r.ar());
            }
        }
        if (!stangda.isEmpty()) {
            throw Bokslut.stangt(forsta, stangda);
        }
    }

    /** As the import's writing does: only a rekvisition that is new or was returned is written. */
    private boolean wouldWrite(InsatsId insats, Rapportperiod period) {
        return insats == null || ekonomi.skrivs(insats, period);
    }
}
