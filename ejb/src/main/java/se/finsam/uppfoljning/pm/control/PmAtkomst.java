package se.finsam.uppfoljning.pm.control;

import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.pm.PmFel;

/**
 * Who reads and writes a PM. A draft (every PM until freezing exists) is the office's working
 * material: the kansli and the förbundschef read and write it. The board reads frozen PMs only, so
 * for the board a PM exists once it is frozen (before that 404, as for anything it may not know of);
 * others are refused.
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
            throw ingetFaststallt(h);
        }
        requireDraftReader(c);
    }

    /** A frozen PM is read by the office, the förbundschef and the board. */
    public static void requireFrozenReader(Caller c) {
        if (!c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF, Roll.STYRELSE)) {
            throw UppfoljningException.of(PmFel.INGEN_PM_ROLL);
        }
        Atkomst.forbund(c);
    }

    /** 404: no frozen PM of the half-year (what the board is told of a draft). */
    public static UppfoljningException ingetFaststallt(Halvar h) {
        return UppfoljningException.of(PmFel.INGET_FASTSTALLT_PM, namn(h));
    }

    /** "kvartal 3 och 4 2022", as messages name a PM. */
    public static String namn(Halvar h) {
        return (h.halvar() == 1 ? "kvartal 1 och 2 " : "kvartal 3 och 4 ") + h.ar();
    }
}
