package se.finsam.uppfoljning.reports;

/**
 * The PM's narrative slots in the seeds' order, each a text in the small {@link Markup} (paragraphs,
 * headings, lists, bold, italic), written by the office or by the product. A slot maps to the master
 * layout's parameter
 * {@code TEXT_<name>}; a section prints when any of its texts or tables is present.
 */
public enum PmText {
    SAMMANFATTNING,
    BAKGRUND,
    INSATSER,
    MAL,
    MAL_KOMMENTAR,
    AVSLUTADE,
    BUDGET,
    KVALITET,
    KVALITET_KOMMENTAR,
    /** "Avvikelse mål/målgrupp": written by the product from the deviation reports that came in. */
    AVVIKELSER,
    STATISTIK,
    REFLEKTIONER;

    String parameter() {
        return "TEXT_" + name();
    }
}
