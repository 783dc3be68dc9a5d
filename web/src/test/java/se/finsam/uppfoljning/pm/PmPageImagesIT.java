package se.finsam.uppfoljning.pm;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Deployments;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, must-show 2: both 2022 PMs rendered page by page to PNG with PDFBox, kept as build
 * artefacts under {@code target/pm-pages-it/} for a person to look at, and checked: no page is
 * blank, no table is missing, and no character is placed outside its page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PmPageImagesIT {

    private static final Path PAGES = Path.of("target", "pm-pages-it");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void theFirstHalfYearsPages() throws IOException {
        check(1);
    }

    @Test
    void theSecondHalfYearsPages() throws IOException {
        check(2);
    }

    private static void check(int halvar) throws IOException {
        byte[] pdf = PmGoldenIT.pdf(halvar);
        Files.createDirectories(PAGES);
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 72);
                ImageIO.write(image, "png", PAGES.resolve("pm-2022-" + halvar + "-%02d.png".formatted(i + 1)).toFile());
                double ink = inkShare(image);
                if (ink < 0.002) {
                    problems.add("page " + (i + 1) + " is blank (ink " + ink + ")");
                }
            }
            OutsideThePage outside = new OutsideThePage();
            String text = outside.getText(doc);
            problems.addAll(outside.problems);
            for (int n = 1; n <= 9; n++) {
                if (!text.contains("Tabell " + n + ".")) {
                    problems.add("Tabell " + n + " is missing");
                }
            }
            if (!text.contains("Målgrupp")) {
                problems.add("the target group (Målgrupp) is missing");
            }
            // tables 1–9, the target group's, and in H2 the chart's figures under it
            int expected = halvar == 2 ? 11 : 10;
            long tables = countTables(doc.getDocumentCatalog().getStructureTreeRoot().getKids());
            if (tables < expected) {
                problems.add("the structure tree has " + tables + " tables, not " + expected);
            }
            if (halvar == 2) {
                problems.addAll(chartDrawn(doc, renderer));
            }
            // issue 20: a table that continues on a page repeats its header rows there
            problems.addAll(headersRepeated(doc, doc.getDocumentCatalog().getStructureTreeRoot().getKids()));
            // issue 20: every share is written the Swedish way, "64 %" (a space before %), or "–"
            java.util.regex.Matcher procent = java.util.regex.Pattern.compile("[^\\s\\u00A0]*%").matcher(text);
            while (procent.find()) {
                int start = Math.max(0, procent.start() - 12);
                String runt = text.substring(start, Math.min(text.length(), procent.end() + 4));
                if (!procent.group().equals("%") || !runt.substring(0, procent.start() - start).matches("(?s).*\\d[ \u00A0]")) {
                    problems.add("a share not written \"n %\": \"" + runt.replace('\n', ' ') + "\"");
                }
            }
        }
        assertThat(problems).as("PM 2022 halvår " + halvar).isEmpty();
    }

    /**
     * The page with the bar chart of average days enrolled holds bars of both series' colours
     * (kvinnor #C55A11, män #1F3864 in pm-tabell-11): a chart that failed to draw leaves none.
     */
    private static List<String> chartDrawn(PDDocument doc, PDFRenderer renderer) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(doc).contains("Snittid i antal dagar inskrivna")) {
                BufferedImage image = renderer.renderImageWithDPI(i - 1, 72);
                List<String> problems = new ArrayList<>();
                for (int rgb : new int[]{0xC55A11, 0x1F3864}) {
                    if (pixels(image, rgb) < 200) {
                        problems.add("page " + i + ": the chart has no bars of colour #" + Integer.toHexString(rgb));
                    }
                }
                return problems;
            }
        }
        return List.of("the chart of average days enrolled is missing");
    }

    private static long pixels(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Every character's box must lie within its page's media box. */
    private static final class OutsideThePage extends PDFTextStripper {
        final List<String> problems = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            PDRectangle page = getCurrentPage().getMediaBox();
            for (TextPosition p : positions) {
                // display coordinates (origin top left); a character's width counts for horizontal text,
                // for text turned on its side (table 5's headings) its position does
                float x = p.getX();
                float y = p.getY();
                float right = p.getDir() == 0 ? x + p.getWidth() : x;
                if (x < 0 || y < 0 || right > page.getWidth() + 0.5f || y > page.getHeight() + 0.5f) {
                    problems.add("page " + getCurrentPageNo() + ": \"" + p.getUnicode() + "\" of \"" + text + "\" at ("
                            + x + ", " + y + ") outside the page");
                    break;
                }
            }
            super.writeString(text, positions);
        }
    }

    /**
     * For every table of the structure tree: each page that holds one of its data rows (TD) also holds
     * a header row (TH) of it, as the layouts repeat their column header on every page a table
     * continues on. A row's page is its first text's.
     */
    private static List<String> headersRepeated(PDDocument doc, List<Object> kids) {
        List<String> problems = new ArrayList<>();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                if ("Table".equals(e.getStructureType())) {
                    java.util.Set<Integer> data = new java.util.TreeSet<>();
                    java.util.Set<Integer> header = new java.util.TreeSet<>();
                    for (Object row : e.getKids()) {
                        if (row instanceof PDStructureElement tr && "TR".equals(tr.getStructureType())) {
                            int page = firstPage(doc, tr);
                            boolean th = tr.getKids().stream().anyMatch(c -> c instanceof PDStructureElement cell
                                    && "TH".equals(cell.getStructureType()));
                            (th ? header : data).add(page);
                        }
                    }
                    data.removeAll(header);
                    data.remove(-1);
                    if (!data.isEmpty()) {
                        problems.add("a table continues on page(s) " + data + " without its header rows");
                    }
                } else {
                    problems.addAll(headersRepeated(doc, e.getKids()));
                }
            }
        }
        return problems;
    }

    /** The 1-based page of the element's first content that names one; -1 for none. */
    private static int firstPage(PDDocument doc, PDStructureElement e) {
        if (e.getPage() != null) {
            return doc.getPages().indexOf(e.getPage()) + 1;
        }
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                int page = firstPage(doc, child);
                if (page > 0) {
                    return page;
                }
            }
        }
        return -1;
    }

    private static long countTables(List<Object> kids) {
        long n = 0;
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                n += ("Table".equals(e.getStructureType()) ? 1 : 0) + countTables(e.getKids());
            }
        }
        return n;
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
