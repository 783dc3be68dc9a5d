package se.finsam.uppfoljning.pm.web;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart as SVG markup, drawn on the server: no script, and no style attribute (the page's
 * content security policy allows neither); geometry and colour are SVG attributes. The chart is an
 * image with a name ({@code role="img"}, {@code aria-label} and {@code <title>}); its figures are
 * read from the table printed beside it, so the labels inside are for the eye only. Where the whole
 * name holds data in another language than the page's (an insats' Swedish name on an English page),
 * the chart is named by an element of the page that marks that data ({@code aria-labelledby}), and
 * its own label and title say what the chart shows without it.
 */
final class Stapeldiagram {

    /** One bar: the half-year's short label, the value (null where the PM printed none) and its text. */
    record Stapel(String etikett, Integer varde, String text) {
    }

    private static final int BREDD = 320;
    private static final int HOJD = 180;
    private static final int TOPP = 20;
    private static final int BOTTEN = 30;
    private static final String FARG = "#1d4f91";

    private Stapeldiagram() {
    }

    static String svg(String namn, List<Stapel> staplar) {
        return svg(namn, null, staplar);
    }

    /** @param namngivare the id of the page's element that names the chart in full, or null */
    static String svg(String namn, String namngivare, List<Stapel> staplar) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" role=\"img\" viewBox=\"0 0 ")
                .append(BREDD).append(' ').append(HOJD).append("\" aria-label=\"").append(escape(namn)).append('"');
        if (namngivare != null) {
            s.append(" aria-labelledby=\"").append(escape(namngivare)).append('"');
        }
        s.append("><title>").append(escape(namn)).append("</title>");
        int max = staplar.stream().map(Stapel::varde).filter(v -> v != null && v > 0).mapToInt(Integer::intValue).max().orElse(1);
        int yta = HOJD - TOPP - BOTTEN;
        int steg = staplar.isEmpty() ? BREDD : BREDD / staplar.size();
        int bredd = Math.max(4, steg * 3 / 5);
        s.append("<line x1=\"0\" y1=\"").append(HOJD - BOTTEN).append("\" x2=\"").append(BREDD).append("\" y2=\"")
                .append(HOJD - BOTTEN).append("\" stroke=\"#555\"/>");
        for (int i = 0; i < staplar.size(); i++) {
            Stapel b = staplar.get(i);
            int mitt = i * steg + steg / 2;
            int h = b.varde() == null || b.varde() <= 0 ? 0 : Math.max(1, Math.round((float) b.varde() * yta / max));
            int y = HOJD - BOTTEN - h;
            if (h > 0) {
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                        mitt - bredd / 2, y, bredd, h, FARG));
            }
            s.append(text(mitt, y - 4, b.text(), 11));
            s.append(text(mitt, HOJD - BOTTEN + 14, b.etikett(), 10));
        }
        return s.append("</svg>").toString();
    }

    private static String text(int x, int y, String t, int storlek) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\" text-anchor=\"middle\" fill=\"#1b1b1b\">%s</text>",
                x, y, storlek, escape(t));
    }

    static String escape(String t) {
        return t == null ? "" : t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
