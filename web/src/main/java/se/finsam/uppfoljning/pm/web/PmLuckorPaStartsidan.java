package se.finsam.uppfoljning.pm.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.pm.boundary.PmLuckor;

/**
 * The office's start page names how much the running half-year's PM still lacks, with a link to the
 * PM page that lists it (the start page's other lists are the quarterly reports', in their component).
 */
@Named
@RequestScoped
public class PmLuckorPaStartsidan {

    @Inject
    CurrentCaller caller;

    @Inject
    PmLuckor luckor;

    @Inject
    Kalender kalender;

    private Integer antal;

    /** The running half-year, by the app's clock. */
    public Halvar getPeriod() {
        return Halvar.containing(kalender.idag());
    }

    /** "PM:et kvartal 3 och 4 2026 saknar 4 saker." */
    public String getText() {
        int n = getAntal();
        Halvar h = getPeriod();
        return PmSida.text(n == 0 ? "start.luckor.inga" : n == 1 ? "start.luckor.en" : "start.luckor.flera",
                h.halvar() * 2 - 1, h.halvar() * 2, h.ar(), n);
    }

    /** How many gaps; computed once per request, 0 for those who do not read drafts. */
    public int getAntal() {
        if (antal == null) {
            var c = caller.require();
            antal = c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF) ? luckor.luckor(c, getPeriod()).size() : 0;
        }
        return antal;
    }
}
