package se.finsam.uppfoljning.layout.control;

import se.finsam.uppfoljning.layout.LayoutFel;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

/**
 * Who uses the layout library: report designers do everything (upload, check, preview, publish, roll
 * back); the office (kansli) reads the library and previews; nobody else. Always within the caller's
 * own förbund: another förbund's library does not exist for them.
 */
public final class LayoutAtkomst {

    private LayoutAtkomst() {
    }

    /** Reads the library, downloads sources, previews: report designers and the office. */
    public static String requireLasare(Caller c) {
        if (!c.hasAny(Roll.RAPPORTDESIGNER, Roll.KANSLI)) {
            throw UppfoljningException.of(LayoutFel.EJ_LASARE);
        }
        return c.requireForbund();
    }

    /** Uploads, checks, publishes and rolls back: report designers only. */
    public static String requireDesigner(Caller c) {
        if (!c.has(Roll.RAPPORTDESIGNER)) {
            throw UppfoljningException.of(c.has(Roll.KANSLI) ? LayoutFel.EJ_DESIGNER : LayoutFel.EJ_LASARE);
        }
        return c.requireForbund();
    }
}
