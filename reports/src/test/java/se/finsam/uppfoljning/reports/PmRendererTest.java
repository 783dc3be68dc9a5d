package se.finsam.uppfoljning.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PmRendererTest {

    /** Kept as build artefacts, for a person to look at. */
    private static final Path PAGES = Path.of("target", "pm-pages");

    /** Every value the two tables print, as the reader must find it in every format. */
    private static final List<String> TABLE_VALUES = List.of(
            "Tabell 1. Insatser", "Individinsatser", "Strukturinsatser",
            "Norrby, Arbetsbron", "Norrby kommun", "2030-01-01", "2033-12-31*",
            "Söderå, Steg för steg – vidare", "2032-08-31",
            "Östmark, Samverkanssamordnare", "2034-03-31*", "Länsgemensam metodstödjare",
            "Tabell 2. Nuläge mål", "Ja, i stort sett", "Målen kommer inte nås fullt ut",
            "Nej, inte fullt ut", "Grön", "Gul", "Röd", "Ingen bedömning");

    private static PmRenderer renderer;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        renderer = new PmRenderer();
        pdf = renderer.pdf(SamplePm.secondHalf());
    }

    @Test
    void pdfHoldsTitlePageSectionsAndTableValues() throws IOException {
        String text = pdfText(pdf);
        assertThat(text).contains("Uppföljning av insatser inom " + SamplePm.FORBUND, "Kvartal 3 och 4", "2031",
                "Sammanfattning", "Bakgrund", "Insatser", "Resultat av i insatsen angivna mål",
                "Sammanfattning och reflektioner");
        assertThat(text).contains(TABLE_VALUES);
        assertThat(text).contains("*Insatser som beviljats förlängning vid styrelsemötet hösten 2031");
        // an unknown owner and an unanswered goal print as the dash, never as "null"
        assertThat(text).contains("–").doesNotContain("null");
        // Swedish number format: no-break space between thousands, before %, the dash for none
        assertThat(text).contains("1\u00A0290 TSEK", "96\u00A0%", "uppgift: –");
        // sections without text or table are left out, not printed as empty headings
        assertThat(text).doesNotContain("Avslutade insatser");
    }

    @Test
    void pdfSectionsComeInTheSeedsOrder() throws IOException {
        String text = pdfText(pdf, 2);
        assertThat(text.indexOf("Bakgrund")).isLessThan(text.indexOf("Tabell 1. Insatser"));
        assertThat(text.indexOf("Tabell 1. Insatser")).isLessThan(text.indexOf("Resultat av i insatsen angivna mål"));
        assertThat(text.indexOf("Tabell 2. Nuläge mål")).isLessThan(text.indexOf("Kansliet för en dialog"));
        assertThat(text.indexOf("Kansliet för en dialog")).isLessThan(text.indexOf("Sammanfattning och reflektioner"));
    }

    @Test
    void pdfIsTaggedInSwedishWithTitleAndEmbeddedFonts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("sv");
            PDStructureTreeRoot structure = catalog.getStructureTreeRoot();
            assertThat(structure).isNotNull();
            assertThat(structure.getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Uppföljning av insatser inom " + SamplePm.FORBUND + ", kvartal 3 och 4 2031");
            assertThat(catalog.getViewerPreferences()).isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();

            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("DejaVu");
            });
        }
    }

    @Test
    void pdfTagsTheTablesAndHeadings() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> types = new ArrayList<>();
            collectStructureTypes(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), types);
            assertThat(types).contains("H1", "Table", "TR", "TH", "TD");
            assertThat(types.stream().filter("Table"::equals).count()).isEqualTo(11);
        }
    }

    @Test
    void pdfPagesRenderAndNoneIsBlank() throws IOException {
        Files.createDirectories(PAGES);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFRenderer pdfRenderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = pdfRenderer.renderImageWithDPI(i, 72);
                ImageIO.write(image, "png", PAGES.resolve("pm-%02d.png".formatted(i + 1)).toFile());
                assertThat(inkShare(image)).as("ink on page " + (i + 1)).isGreaterThan(0.002);
            }
        }
    }

    @Test
    void pageNumbersStartAfterTheTitlePage() throws IOException {
        // The footer is the last text on a page
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the title page: title, half-year, year, then the contents; no footer
            assertThat(sida(doc, 1)).contains("2031\nInnehåll\nSammanfattning");
            assertThat(sida(doc, 2)).endsWith("1");
        }
    }

    @Test
    void docxHoldsTheSameValues() throws IOException {
        byte[] docx = renderer.docx(SamplePm.secondHalf());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains(TABLE_VALUES);
            assertThat(text).contains("Uppföljning av insatser inom " + SamplePm.FORBUND, "1\u00A0290 TSEK", "96\u00A0%");
        }
    }

    @Test
    void xlsxHasOneSheetPerTableWithItsValues() throws IOException {
        byte[] xlsx = renderer.xlsx(SamplePm.secondHalf());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(11);
            assertThat(book.getSheetName(9)).isEqualTo("Målgrupp");
            assertThat(book.getSheetName(10)).isEqualTo("Snittdagar");
            assertThat(book.getSheetName(8)).isEqualTo("Tabell 9");
            assertThat(book.getSheetName(0)).isEqualTo("Tabell 1");
            assertThat(book.getSheetName(1)).isEqualTo("Tabell 2");
            assertThat(cells(book.getSheet("Tabell 1"))).contains("Tabell 1. Insatser", "Insats", "Insatsägare",
                    "Norrby, Arbetsbron", "Norrby kommun", "2033-12-31*", "Östmark, Samverkanssamordnare",
                    "*Insatser som beviljats förlängning vid styrelsemötet hösten 2031");
            assertThat(cells(book.getSheet("Tabell 5"))).contains("Tabell 5. Kvalitetssäkring", "Insats",
                    "Styrgruppsmöten hållna", "Förutsättning för implementering har diskuterats", "Norrby, Arbetsbron",
                    "Delvis", "Ok");
            assertThat(cells(book.getSheet("Tabell 2"))).contains("Tabell 2. Nuläge mål", "Söderå, Steg för steg – vidare",
                    "Ja, i stort sett", "Målen kommer inte nås fullt ut", "Gul", "Röd", "Ingen bedömning");
        }
    }

    @Test
    void tableOfContentsNamesEverySectionWithThePageItStartsOn() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> lines = sida(doc, 1).lines().dropWhile(l -> !l.equals("Innehåll")).skip(1).toList();
            assertThat(lines).extracting(l -> l.replaceFirst(" \\d+$", "")).containsExactly("Sammanfattning", "Bakgrund",
                    "Insatser", "Resultat av i insatsen angivna mål", "Utfall av beviljad budget",
                    "Kvalitetssäkring av insatsen", "Statistik och kostnader", "Sammanfattning och reflektioner");
            for (String line : lines) {
                String rubrik = line.replaceFirst(" \\d+$", "");
                int sida = Integer.parseInt(line.substring(rubrik.length() + 1));
                // page n of the footer is PDF page n + 1; the heading is on it and its footer says n
                String page = sida(doc, sida + 1);
                assertThat(page).as(line).contains(rubrik).endsWith(Integer.toString(sida));
            }
        }
    }

    @Test
    void budgetTableHasTheSecondHalfYearsFormAndTheFirstHalfYearsForm() throws IOException {
        String text = pdfText(pdf);
        assertThat(text).contains("Tabell 3. Förutsättningar för utfall", "Norrby, Arbetsbron Ja Nej Nej",
                "Östmark, Samverkanssamordnare Saknas Saknas Saknas", "Tabell 4. Prognos och utfall budget",
                "Norrby Arbetsbron 1\u00A0290 1\u00A0338 2\u00A0489 2\u00A0675 93\u00A0%",
                "Söderå Steg för steg 84 79 152 158 96\u00A0% 250", "– Samverkanssamordnare 0 0 0 0 –");
        assertThat(text.replace("\n", " ")).contains("Överf till 2032", "ack 2031");

        Map<PmText, String> texter = Map.of(PmText.SAMMANFATTNING, "Under första halvåret 2031.");
        String h1 = pdfText(renderer.pdf(new PmReport(SamplePm.FORBUND, 2031, 1, texter, List.of(SamplePm.budget(2031, false)))));
        assertThat(h1).contains("Norrby Arbetsbron 1\u00A0290 1\u00A0338 96\u00A0% har medel överf från 2030",
                "Söderå Steg för steg 84 79 106\u00A0%").doesNotContain("ack 2031", "Överf till");
    }

    @Test
    void participantTableHasItsFourColumnsBySexWithTheSumsAndTheDistribution() throws IOException {
        String text = pdfText(pdf);
        assertThat(text).contains("Tabell 6. Antal deltagare", "Inregistrerade perioden jan–dec",
                "Pågående deltagare per sista december", "Arbetsbron Norrby 12 30 42 5 17 22 5 17 22 7 13 20",
                "Summa: 1\u00A0018 37 1\u00A0055", "Fördelning kvinnor/män: 96\u00A0% 4\u00A0% 23\u00A0% 77\u00A0%");
    }

    @Test
    void outcomeAnonymousAndReasonTablesPrintTheirCellsTheExtractionAndTheNote() throws IOException {
        String text = pdfText(pdf);
        assertThat(text).contains("Tabell 7. Utfall för deltagare", "Antal till arbete och/eller studier t.o.m. sista december",
                "Arbetsbron Norrby 1 3 4 50\u00A0% 33\u00A0% 33\u00A0% 100\u00A0%", "Steg för steg Söderå 0 0 0 – – – –",
                "Summa: 1 3 4 50\u00A0% 33\u00A0% 33\u00A0% Ca 100\u00A0%", "Källa: SUS, uttag 2032-01-10",
                "Tabell 8. Antal anonyma individer", "Totalt: 3", "har 3 deltagare registrerats anonymt",
                "Tabell 9. Avslutningsanledningar", "S: a Arbete 1 2 3", "Källa: SUS, uttag 2032-01-12");
    }

    @Test
    void targetGroupAndTheChartsFiguresPrintWithTheirExtraction() throws IOException {
        String text = pdfText(pdf);
        assertThat(text).contains("Målgrupp", "Kategori", "Andel män", "Samtliga inskrivna: 30 10 40",
                "Fördelning kvinnor/män: 75\u00A0% 25\u00A0%", "Under 30 år 20 6 26 65\u00A0% 23\u00A0%",
                "60 år eller mer 0 0 0 0\u00A0% –", "Källa: SUS, uttag 2032-01-14",
                "Snittid i antal dagar inskrivna per insats och kön", "Arbetsbron Norrby 182,5 1\u00A0204",
                "Steg för steg Söderå – 90");
    }

    @Test
    void theChartIsDrawnOnItsPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int page = -1;
            for (int i = 1; i <= doc.getNumberOfPages() && page < 0; i++) {
                if (sida(doc, i).contains("Snittid i antal dagar inskrivna")) {
                    page = i - 1;
                }
            }
            assertThat(page).as("the chart's page").isNotNegative();
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(page, 72);
            // the bars' colours (kvinnor #C55A11, män #1F3864) are drawn somewhere on the page
            assertThat(countColour(image, 0xC55A11)).as("pixels of the kvinnor bars").isGreaterThan(50);
            assertThat(countColour(image, 0x1F3864)).as("pixels of the män bars").isGreaterThan(50);
        }
    }

    private static int countColour(java.awt.image.BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void xlsxHasTheStatisticsTablesOnTheirOwnSheets() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(renderer.xlsx(SamplePm.secondHalf())))) {
            assertThat(cells(book.getSheet("Tabell 7"))).contains("Summa:", "Ca 100\u00A0%", "Källa: SUS, uttag 2032-01-10");
            assertThat(cells(book.getSheet("Tabell 9"))).contains("S: a Arbete", "Källa: SUS, uttag 2032-01-12");
            assertThat(cells(book.getSheet("Målgrupp"))).contains("Under 30 år", "65\u00A0%", "Källa: SUS, uttag 2032-01-14");
            assertThat(cells(book.getSheet("Snittdagar"))).contains("Arbetsbron Norrby", "182,5", "1\u00A0204");
        }
    }

    @Test
    void qualityTableHasTheSetsQuestionsAndEveryRowIsATaggedRowOfThatWidth() throws IOException {
        String text = pdfText(pdf);
        assertThat(text).contains("Tabell 5. Kvalitetssäkring", "Kvalitetssäkring av insatsen",
                "Norrby, Arbetsbron Ja Nej Delvis", "Söderå, Steg för steg – vidare Ja – Ja");
        // The headings are turned on their side; PDFBox's text extraction then spaces the glyphs
        // apart ("S ty rg ru p p"), so they are compared without spaces (the XLSX test has them whole)
        assertThat(text.replace(" ", "")).contains("Styrgruppsmötenhållna", "Förutsättningförimplementeringhardiskuterats");
        assertThat(text.indexOf("Tabell 5. Kvalitetssäkring")).isLessThan(text.indexOf("Styrgruppernas arbete"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement> tables = new ArrayList<>();
            collectElements(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), "Table", tables);
            var kvalitet = tables.get(4);
            List<Integer> widths = new ArrayList<>();
            for (Object kid : kvalitet.getKids()) {
                if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement tr
                        && "TR".equals(tr.getStructureType())) {
                    widths.add((int) tr.getKids().stream().filter(k -> k instanceof
                            org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement).count());
                }
            }
            // header + two group rows (one cell spanning) + three insatser; a row of 4 = name + 3 answers
            assertThat(widths).containsExactly(4, 1, 4, 4, 1, 4);
        }
    }

    @Test
    void narrativeMarkupPrintsAsTextWithoutItsSigns() throws IOException {
        String text = pdfText(pdf);
        assertThat(text).contains("Styrgruppernas arbete", "Alla styrgrupper har mötts enligt avtal.",
                "\u2022\u00A0en punkt om jämställdhet", "<b>vinkelparenteser</b> & annat");
        assertThat(text).doesNotContain("**", "## ");
    }

    @Test
    void aTableWithoutExtensionsPrintsNoFootnote() throws IOException {
        InsatserTabell utan = new InsatserTabell(SamplePm.insatser().rader().stream()
                .map(r -> new InsatsRad(r.getGrupp(), r.getNamn(), "Ägaren", java.time.LocalDate.of(2031, 1, 1),
                        java.time.LocalDate.of(2032, 12, 31), false))
                .toList(), "Förlängda insatser");
        PmReport report = new PmReport(SamplePm.FORBUND, 2031, 1, Map.of(), List.of(utan));
        String text = pdfText(renderer.pdf(report));
        assertThat(text).contains("Kvartal 1 och 2", "Tabell 1. Insatser", "2032-12-31")
                .doesNotContain("*", "Förlängda insatser", "Tabell 2", "Resultat av i insatsen");
    }

    @Test
    void aPmWithoutTablesIsStillAWorkbookADocumentAndAPdf() throws IOException {
        PmReport tom = new PmReport(SamplePm.FORBUND, 2031, 1,
                Map.of(PmText.SAMMANFATTNING, "Under första halvåret 2031 har inga finansierade insatser varit i gång."), List.of());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(renderer.xlsx(tom)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            assertThat(book.getSheetName(0)).isEqualTo("PM");
        }
        assertThat(renderer.docx(tom)).isNotEmpty();
        assertThat(pdfText(renderer.pdf(tom))).contains("inga finansierade insatser");
    }

    @Test
    void renderingTheSameReportTwiceGivesTheSameText() throws IOException {
        assertThat(pdfText(renderer.pdf(SamplePm.secondHalf()))).isEqualTo(pdfText(pdf));
    }

    private static String pdfText(byte[] bytes) throws IOException {
        return pdfText(bytes, 1);
    }

    /** The text from a page on (2: after the title page and its table of contents). */
    /** The text of one page of the PDF (counted from 1, the title page), without surrounding blanks. */
    private static String sida(PDDocument doc, int sida) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(sida);
        stripper.setEndPage(sida);
        return stripper.getText(doc).strip();
    }

    private static String pdfText(byte[] bytes, int fromPage) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(fromPage);
            // Lines broken by the layout joined again; no-break spaces stay, they are the format
            return stripper.getText(doc).replaceAll("[ \\t\\r\\n]+", " ");
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static void collectStructureTypes(List<Object> kids, List<String> types) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                types.add(element.getStructureType());
                collectStructureTypes(element.getKids(), types);
            }
        }
    }

    private static void collectElements(List<Object> kids, String type,
            List<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement> found) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    found.add(element);
                }
                collectElements(element.getKids(), type, found);
            }
        }
    }

    /** The share of pixels that are not (near) white. */
    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r + g + b < 600) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    private static List<String> cells(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                values.add(formatter.formatCellValue(cell));
            }
        }
        return values;
    }
}
