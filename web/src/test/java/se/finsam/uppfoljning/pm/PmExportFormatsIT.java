package se.finsam.uppfoljning.pm;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H1 2022 PM of the demo data, fetched through the API as PDF, DOCX and XLSX: the first part of
 * what issue 10's PmGoldenIT will check. The PDF holds the seed's summary sentence and table 1's
 * insatser with their dates, embeds its fonts, is tagged and in Swedish; DOCX and XLSX, opened with
 * POI, hold the same values; table 5 has the seed's answers. Expected values are typed from the seed
 * document (table 1 shared with {@link DemoDataIT}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PmExportFormatsIT {

    /** The seed's summary, PM kvartal 1 och 2 2022, word for word. */
    static final String SAMMANFATTNING_H1 = "Under första halvåret 2022 har 11 finansierade insatser varit i gång. "
            + "Av de 11 finansierade insatser är sju individinsatser och fyra är strukturinsatser. Ingen insats har avslutats.";

    /** Tabell 5 of the seed, three rows: short name, then the answers in the question set's order. */
    static final List<List<String>> TABELL_5_H1 = List.of(
            List.of("Enköping, Jobbcentrum – Din väg framåt", "Ja", "Nej", "Ja", "Ja", "Ja", "Ja", "Ja", "Ja", "Nej"),
            List.of("Tierp, Ung framtid", "Ja", "Ja", "Delvis", "Ja", "Ja", "Ja", "Ja", "Nej", "Nej"),
            List.of("Uppsala, Arbetslivsintro", "Ja", "Ja", "Ja", "Ja", "Ja", "Ja", "Ja", "Ja", "Ja"));

    private static String token;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @BeforeAll
    static void signIn() {
        token = KeycloakTokens.accessToken("kansli");
    }

    record Fil(int status, String contentType, String disposition, byte[] body) {
    }

    static Fil get(String format, String user) {
        Api.Fil f = Api.file("/api/pm/2022/1/" + format, user, null);
        return new Fil(f.status(), f.header("Content-Type"), f.header("Content-Disposition"), f.body());
    }

    /** Table 1 of the seed as "name start end" text, as a reader finds it in the PDF's lines. */
    static List<String> tabell1Rader() {
        return DemoDataIT.TABELL_1_H1.stream().map(r -> r.split("\\|")).map(c -> c[1] + " " + c[2] + " " + c[3]).toList();
    }

    static List<String> tabell1Namn() {
        return DemoDataIT.TABELL_1_H1.stream().map(r -> r.split("\\|")[1]).toList();
    }

    @Test
    void pdfHasTheSummaryAndTableOneAsInTheSeed() throws IOException {
        Fil pdf = get("pdf", token);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).startsWith("attachment; filename=\"pm-uppsala-lan-2022-halvar-1.pdf\"")
                .contains("filename*=UTF-8''Uppf%C3%B6ljning%20av%20insatser");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[ \\t\\r\\n]+", " ");
            assertThat(text).contains("Uppföljning av insatser inom Samordningsförbundet Uppsala län", "Kvartal 1 och 2");
            assertThat(text).contains(SAMMANFATTNING_H1);
            // each insats with its owner between name and dates: name, then start and end in the same row
            for (String[] rad : DemoDataIT.TABELL_1_H1.stream().map(r -> r.split("\\|")).toList()) {
                assertThat(text).contains(rad[1]);
                assertThat(text).containsPattern(java.util.regex.Pattern.quote(rad[1]) + " .{0,60}" + rad[2] + " " + rad[3] + " ");
            }
            // Tabell 5's rows as in the seed; the H1 set has nine questions
            assertThat(text).contains("Tabell 5. Kvalitetssäkring");
            for (List<String> rad : TABELL_5_H1) {
                assertThat(text).contains(String.join(" ", rad));
            }
            assertThat(text).doesNotContain("null");

            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("sv");
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Uppföljning av insatser inom Samordningsförbundet Uppsala län, kvartal 1 och 2 2022");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    @Test
    void docxHoldsTheSameValues() throws IOException {
        Fil docx = get("docx", token);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.disposition()).startsWith("attachment; filename=\"pm-uppsala-lan-2022-halvar-1.docx\"");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText().replaceAll("[ \\t\\r\\n]+", " ");
            assertThat(text).contains(SAMMANFATTNING_H1);
            assertThat(text).contains(tabell1Namn());
            assertThat(text).contains("2018-03-01", "2023-08-31", "2020-10-01", "2023-09-30");
        }
    }

    @Test
    void xlsxHasATableOneSheetWithTheSameRowsAndTableFiveWithTheSeedsAnswers() throws IOException {
        Fil xlsx = get("xlsx", token);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.disposition()).startsWith("attachment; filename=\"pm-uppsala-lan-2022-halvar-1.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("Tabell 1")).isNotNull();
            List<String> rows1 = rows(book.getSheet("Tabell 1"));
            for (String[] rad : DemoDataIT.TABELL_1_H1.stream().map(r -> r.split("\\|")).toList()) {
                assertThat(rows1).anySatisfy(row -> assertThat(row).startsWith(rad[1] + " |").endsWith(rad[2] + " | " + rad[3]));
            }
            List<String> rows5 = rows(book.getSheet("Tabell 5"));
            for (List<String> rad : TABELL_5_H1) {
                assertThat(rows5).contains(String.join(" | ", rad));
            }
            // one sheet per table, the participant statistics (6–9) and the target group included (H1 has no chart)
            assertThat(book.getNumberOfSheets()).isEqualTo(10);
            assertThat(book.getSheetName(9)).isEqualTo("Målgrupp");
            assertThat(rows(book.getSheet("Målgrupp"))).anySatisfy(row -> assertThat(row).startsWith("Under 30 år |").contains("64"));
            assertThat(rows(book.getSheet("Tabell 9"))).anySatisfy(row -> assertThat(row).startsWith("S:a Arbete |"));
            assertThat(rows(book.getSheet("Tabell 7"))).anySatisfy(row -> assertThat(row).contains("Källa: SUS, uttag 2022-"));
        }
    }

    @Test
    void theBoardSeesNoDraft() {
        // H2 2022: no test freezes it (PmBrowserIT freezes H1 2022, after which the board reads that one)
        Api.Reply draft = Api.get("/api/pm/2022/2/pdf", KeycloakTokens.accessToken("styrelse"));
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.object().getString("code")).isEqualTo("PM-006");
        assertThat(Api.get("/api/pm/2022/1/texter", KeycloakTokens.accessToken("styrelse")).status()).isEqualTo(403);
    }

    /** Each row's non-empty cells joined with " | ". */
    private static List<String> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                String v = formatter.formatCellValue(cell).strip();
                if (!v.isEmpty()) {
                    cells.add(v);
                }
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
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
}
