package se.finsam.uppfoljning.pm.control;

import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.pm.PmFel;

import java.util.List;

/**
 * Who reads and writes a PM. A draft (every PM until freezing exists) is the office's working
 * material: the kansli and the förbundschef read and write it. The board reads frozen PMs only, so
 * for the board no PM exists yet (404, as for anything it may not know of); others are refused.
 */
public final class PmAtkomst {

    private PmAtkomst() {
    }

    public static void requireDraftReader(Caller c) {
        if (!c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF)) {
            throw UppfoljningException.of(PmFel.EJ_UTKASTLASARE);
        }
        Atkomst.forbund(c);
    }

    /** For the documents: the board learns that no frozen PM exists, everyone else as for drafts. */
    public static void requireDocumentReader(Caller c, Halvar h) {
        if (!c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF) && c.has(Roll.STYRELSE)) {
            Atkomst.forbund(c);
            throw UppfoljningException.of(PmFel.INGET_FASTSTALLT_PM,
                    (h.halvar() == 1 ? "kvartal 1 och 2 " : "kvartal 3 och 4 ") + h.ar());
        }
        requireDraftReader(c);
    }

    public static Halvar halvar(int ar, int halvar) {
        try {
            return new Halvar(ar, halvar);
        } catch (IllegalArgumentException e) {
            throw UppfoljningException.withFields(PmFel.OGILTIGT_HALVAR, List.of(new FieldError("halvar", e.getMessage())), e.getMessage());
        }
    }
}
