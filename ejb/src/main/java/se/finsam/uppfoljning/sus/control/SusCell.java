package se.finsam.uppfoljning.sus.control;

/**
 * One cell of a SUS export as the file holds it, before the column profile gives it a meaning.
 *
 * @param kolumn 0-based column index (A = 0)
 * @param text   the cell's content as written in the file: a number's raw value ({@code 45},
 *               {@code 45.0}), a text, or a formula's text for {@link Typ#FORMEL}
 */
public record SusCell(int kolumn, Typ typ, String text) {

    public enum Typ {
        /** A text (every CSV cell is one; in Excel a shared or inline string). */
        TEXT,
        /** An Excel number cell. */
        TAL,
        /** An Excel TRUE/FALSE cell. */
        SANT_FALSKT,
        /** An Excel error value (#DIV/0!, ...). */
        FEL,
        /** An Excel cell computed by a formula: never evaluated, refused. */
        FORMEL
    }

    /** The column's letters as Excel shows them: 0 → A, 26 → AA. */
    public static String bokstav(int kolumn) {
        StringBuilder s = new StringBuilder();
        for (int k = kolumn + 1; k > 0; k = (k - 1) / 26) {
            s.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return s.toString();
    }
}
