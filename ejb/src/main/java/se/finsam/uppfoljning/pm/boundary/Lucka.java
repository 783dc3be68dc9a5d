package se.finsam.uppfoljning.pm.boundary;

/**
 * Something a half-year's PM still lacks, with the page where it is mended.
 *
 * @param typ     what kind of gap ({@link Typ})
 * @param insatsId the insats it concerns; null for the PM's own texts
 * @param insats  the insats' short name as the PM prints it; null for the PM's own texts
 * @param text    the gap in a sentence, in Swedish
 * @param lank    the page that mends it, relative to the application ("kvartalsrapport.xhtml?insats=…")
 */
public record Lucka(Typ typ, Long insatsId, String insats, String text, String lank) implements java.io.Serializable {

    /** The kinds of gap, in the order the list shows them. */
    public enum Typ {
        KVARTALSRAPPORT_SAKNAS, KVARTALSRAPPORT_EJ_GODKAND, STATISTIK_SAKNAS, STATISTIK_REGELBROTT, BUDGET_SAKNAS,
        AVVIKELSE_EJ_BESLUTAD, TEXT_SAKNAS
    }
}
