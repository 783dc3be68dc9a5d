package se.finsam.uppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small markup the office writes the PM's narrative in: paragraphs separated by a blank line,
 * {@code ## Rubrik} for a heading, {@code - punkt} for a list item, {@code **fet**} and
 * {@code *kursiv*} within a line. Nothing else is interpreted: angle brackets and ampersands are
 * text, so nothing a user writes can become markup of the layout or of a web page.
 *
 * <p>Parsed into {@link Block}s once; {@link #styled(String)} writes them as JasperReports' styled
 * text (what the layouts' narrative fields print), {@link #html(String)} as HTML for a preview.
 */
public final class Markup {

    public sealed interface Block permits Rubrik, Stycke, Punkt {
        String text();
    }

    public record Rubrik(String text) implements Block {
    }

    public record Stycke(String text) implements Block {
    }

    public record Punkt(String text) implements Block {
    }

    private static final Pattern RUBRIK = Pattern.compile("^#{1,3}\\s+(.*)$");
    private static final Pattern PUNKT = Pattern.compile("^[-*]\\s+(.*)$");
    private static final Pattern FET = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern KURSIV = Pattern.compile("(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![*\\w])");

    private Markup() {
    }

    /** The blocks of a text; lines of one paragraph are joined with a space, as in the editor they wrap. */
    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        StringBuilder stycke = new StringBuilder();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            Matcher rubrik = RUBRIK.matcher(line);
            Matcher punkt = PUNKT.matcher(line);
            if (line.isEmpty() || rubrik.matches() || (punkt.matches() && !line.startsWith("**"))) {
                flush(stycke, blocks);
                if (rubrik.matches()) {
                    blocks.add(new Rubrik(rubrik.group(1).strip()));
                } else if (!line.isEmpty()) {
                    blocks.add(new Punkt(punkt.group(1).strip()));
                }
            } else {
                if (!stycke.isEmpty()) {
                    stycke.append(' ');
                }
                stycke.append(line);
            }
        }
        flush(stycke, blocks);
        return blocks;
    }

    private static void flush(StringBuilder stycke, List<Block> blocks) {
        if (!stycke.isEmpty()) {
            blocks.add(new Stycke(stycke.toString()));
            stycke.setLength(0);
        }
    }

    /** JasperReports styled text: one paragraph per line, headings bold, list items with a bullet. */
    public static String styled(String text) {
        List<String> lines = new ArrayList<>();
        for (Block b : parse(text)) {
            String inline = inline(escapeXml(b.text()), "<style isBold=\"true\">", "</style>",
                    "<style isItalic=\"true\">", "</style>");
            lines.add(switch (b) {
                case Rubrik r -> "<style isBold=\"true\" size=\"11\">" + inline + "</style>";
                case Stycke s -> inline;
                case Punkt p -> "\u2022\u00A0" + inline;
            });
        }
        return String.join("\n", lines);
    }

    /** The same text as HTML for the page's preview, every character of the user's escaped. */
    public static String html(String text) {
        StringBuilder html = new StringBuilder();
        boolean lista = false;
        for (Block b : parse(text)) {
            String inline = inline(escapeXml(b.text()), "<strong>", "</strong>", "<em>", "</em>");
            if (b instanceof Punkt && !lista) {
                html.append("<ul>");
                lista = true;
            } else if (!(b instanceof Punkt) && lista) {
                html.append("</ul>");
                lista = false;
            }
            html.append(switch (b) {
                case Rubrik r -> "<h4>" + inline + "</h4>";
                case Stycke s -> "<p>" + inline + "</p>";
                case Punkt p -> "<li>" + inline + "</li>";
            });
        }
        if (lista) {
            html.append("</ul>");
        }
        return html.toString();
    }

    /** The text without markup, as a plain-text reader (a search, a test) sees it. */
    public static String plain(String text) {
        List<String> lines = new ArrayList<>();
        for (Block b : parse(text)) {
            String inline = inline(b.text(), "", "", "", "");
            lines.add(b instanceof Punkt ? "\u2022 " + inline : inline);
        }
        return String.join("\n", lines);
    }

    private static String inline(String text, String fetStart, String fetSlut, String kursivStart, String kursivSlut) {
        String fet = FET.matcher(text).replaceAll(m -> Matcher.quoteReplacement(fetStart + m.group(1) + fetSlut));
        return KURSIV.matcher(fet).replaceAll(m -> Matcher.quoteReplacement(kursivStart + m.group(1) + kursivSlut));
    }

    /** Escapes what XML (and so both the styled text and HTML) would read as markup. */
    static String escapeXml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
