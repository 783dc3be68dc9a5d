package se.finsam.uppfoljning.insats.control;

import se.finsam.uppfoljning.insats.InsatsFel;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.Tilldelning;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

/**
 * Who may see and do what with an insats and its reports. The one place these rules live; every
 * facade asks here. An insats the caller may not see answers "not found", so its existence does
 * not leak to another partner or förbund.
 *
 * <ul>
 *   <li>kansli and förbundschef: every insats of their förbund; only kansli reviews and keeps the register;</li>
 *   <li>styrelse: the register of insatser of their förbund, not the reports;</li>
 *   <li>rapportör: insatser they are assigned to report on, and that their partner owns or
 *       co-operates in; they edit and submit those reports;</li>
 *   <li>styrgrupp: insatser they sit in the steering group of: read only;</li>
 *   <li>partneradmin, rapportdesigner, systemadmin: no insats data through these roles.</li>
 * </ul>
 */
public final class Atkomst {

    private Atkomst() {
    }

    public static boolean seesWholeForbund(Caller c) {
        return c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF);
    }

    public static boolean canSeeRegister(Caller c, Insats i) {
        return sameForbund(c, i) && (seesWholeForbund(c) || c.has(Roll.STYRELSE) || canReadReports(c, i));
    }

    public static boolean canReadReports(Caller c, Insats i) {
        return sameForbund(c, i) && (seesWholeForbund(c) || isReporter(c, i) || isSteering(c, i));
    }

    public static boolean canReport(Caller c, Insats i) {
        return sameForbund(c, i) && isReporter(c, i);
    }

    public static boolean canReview(Caller c) {
        return c.has(Roll.KANSLI);
    }

    /** Refuses a caller whose role gives no access to insatser at all (403, before any lookup). */
    public static void requireInsatsRole(Caller c) {
        if (!c.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF, Roll.STYRELSE, Roll.RAPPORTOR, Roll.STYRGRUPP)) {
            throw UppfoljningException.of(InsatsFel.INGEN_INSATSROLL);
        }
        forbund(c);
    }

    public static void requireReviewer(Caller c) {
        if (!canReview(c)) {
            throw UppfoljningException.of(InsatsFel.BARA_KANSLIET_GRANSKAR);
        }
        forbund(c);
    }

    /** Registering, editing, extending and closing insatser: the office of the förbund only. */
    public static void requireRegistrar(Caller c) {
        if (!c.has(Roll.KANSLI)) {
            throw UppfoljningException.of(InsatsFel.BARA_KANSLIET_REGISTRERAR);
        }
        forbund(c);
    }

    /** The history of an insats and of its reports: the office and the förbundschef only. */
    public static void requireHistoryReader(Caller c) {
        requireInsatsRole(c);
        if (!seesWholeForbund(c)) {
            throw UppfoljningException.of(InsatsFel.HISTORIK_BARA_FOR_KANSLI);
        }
    }

    /**
     * A partneradmin may assign the people of their organisation to an insats of their förbund that
     * the organisation owns or co-operates in.
     */
    public static boolean canAssignPeople(Caller c, Insats i) {
        return sameForbund(c, i) && c.has(Roll.PARTNERADMIN) && c.organisation().filter(i::involves).isPresent();
    }

    public static String forbund(Caller c) {
        return c.requireForbund();
    }

    private static boolean sameForbund(Caller c, Insats i) {
        return c.forbund().filter(f -> f.equals(i.forbund().kod())).isPresent();
    }

    private static boolean isReporter(Caller c, Insats i) {
        return c.has(Roll.RAPPORTOR) && c.organisation().filter(i::involves).isPresent()
                && i.isAssigned(c.username(), Tilldelning.RAPPORTOR);
    }

    private static boolean isSteering(Caller c, Insats i) {
        return c.has(Roll.STYRGRUPP) && i.isAssigned(c.username(), Tilldelning.STYRGRUPP);
    }
}
