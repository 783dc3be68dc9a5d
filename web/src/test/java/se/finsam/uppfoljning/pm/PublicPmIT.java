package se.finsam.uppfoljning.pm;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, must-show 2: the H2 2022 demo PM in its public edition ({@code ?utgava=offentlig}). In the
 * participant tables (6–9) and the target group no count from 1 to 4 (the default threshold 5) is
 * visible in the PDF's text, the DOCX's text or the XLSX's cells, and the hidden ones read {@code ..}
 * with the legend; the internal edition, the default for the office, still shows them (PmGoldenIT
 * checks its every figure). The board, without asking, gets the public edition of a frozen PM.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPmIT {

    static final int TROSKEL = 5;
    static final String PM = "/api/pm/2022/2/";
    static final Set<String> SKYDDADE_BLAD = Set.of("Tabell 6", "Tabell 7", "Tabell 8", "Tabell 9", "Målgrupp");
    static final String LEGEND = ".. Uppgiften visas inte";

    private static String kansli;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @BeforeAll
    static void signIn() {
        kansli = KeycloakTokens.accessToken("kansli");
    }

    @Test
    void thePublicPdfShowsNoSmallCountInTheParticipantTables() throws IOException {
        String intern = deltagartabeller(pdfText(PM + "pdf"));
        String offentlig = deltagartabeller(pdfText(PM + "pdf?utgava=offentlig"));
        assertThat(smaAntal(intern)).as("the internal edition does print small counts: the check is not empty").isNotEmpty();
        assertThat(smaAntal(offentlig)).as("rows of the public PDF with a count below " + TROSKEL).isEmpty();
        assertThat(offentlig).contains(" .. ", LEGEND);
        assertThat(intern).doesNotContain(LEGEND);
    }

    @Test
    void thePublicDocxShowsNoSmallCountInTheParticipantTables() throws IOException {
        String intern = deltagartabeller(docxText(PM + "docx?utgava=intern"));
        String offentlig = deltagartabeller(docxText(PM + "docx?utgava=offentlig"));
        assertThat(smaAntal(intern)).isNotEmpty();
        assertThat(smaAntal(offentlig)).as("rows of the public DOCX with a count below " + TROSKEL).isEmpty();
        assertThat(offentlig).contains("..", LEGEND);
    }

    @Test
    void thePublicXlsxShowsNoSmallCountInTheParticipantSheets() throws IOException {
        List<String> intern = smaCeller(PM + "xlsx");
        assertThat(intern).isNotEmpty();
        assertThat(smaCeller(PM + "xlsx?utgava=offentlig")).as("cells of the public XLSX with a count below " + TROSKEL).isEmpty();
        assertThat(dolda(PM + "xlsx?utgava=offentlig")).isPositive();
        assertThat(dolda(PM + "xlsx")).isZero();
    }

    @Test
    void anEditionThatIsNoneIsRefusedWithItsCode() {
        Api.Reply svar = Api.get(PM + "pdf?utgava=hemlig", kansli);
        assertThat(svar.status()).isEqualTo(400);
        assertThat(svar.object().getString("code")).isEqualTo("PM-012");
    }

    /**
     * The board reads frozen PMs only; without asking it gets the public edition, and may ask for the
     * internal one. The H1 2021 PM is the demo's frozen one (AccessMatrixIT freezes it too: either
     * freeze wins, the other is 409).
     */
    @Test
    void theBoardGetsThePublicEditionByDefault() {
        assertThat(Api.send("POST", "/api/pm/2021/1/faststallande", kansli, "").status()).isIn(200, 409);
        String styrelse = KeycloakTokens.accessToken("styrelse");
        Api.Fil standard = Api.file("/api/pm/2021/1/pdf", styrelse, null);
        assertThat(standard.status()).isEqualTo(200);
        assertThat(standard.header("X-Utgava")).isEqualTo("offentlig");
        assertThat(Api.file("/api/pm/2021/1/pdf?utgava=intern", styrelse, null).header("X-Utgava")).isEqualTo("intern");
        assertThat(Api.file("/api/pm/2021/1/pdf", kansli, null).header("X-Utgava")).isEqualTo("intern");
    }

    // ---- reading the files ----

    private static byte[] hamta(String path) {
        Api.Fil f = Api.file(path, kansli, null);
        assertThat(f.status()).as(path).isEqualTo(200);
        return f.body();
    }

    private static String pdfText(String path) throws IOException {
        try (PDDocument doc = Loader.loadPDF(hamta(path))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docxText(String path) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(hamta(path)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** From table 6's heading to the chart after the target group (its axis has numbers of its own). */
    static String deltagartabeller(String text) {
        int start = text.lastIndexOf("Tabell 6.");
        assertThat(start).as("table 6 is in the document").isNotNegative();
        int slut = text.indexOf("Snittid i antal dagar", start);
        return text.substring(start, slut < 0 ? text.length() : slut);
    }

    /**
     * The lines that print a count from 1 to {@link #TROSKEL} - 1 among their cells: the run of cells
     * that ends a table's line (numbers, {@code ..}, {@code –}, shares), read back from its end, so
     * that a row's name ("Mindre än 1 år") and the sentences under a table are not taken for cells; a
     * number followed by {@code %} is a share; thousands are joined over the no-break space.
     */
    static List<String> smaAntal(String text) {
        List<String> fynd = new ArrayList<>();
        for (String rad : text.split("\\R")) {
            String[] t = rad.strip().split("[ \\t]+");
            int forsta = t.length;
            while (forsta > 1 && t[forsta - 1].replace("\u00A0", "").matches("\\d{1,9}%?|\\.\\.|–|%|Ca")) {
                forsta--;
            }
            for (int i = forsta; i < t.length; i++) {
                if (litet(t[i]) && !(i + 1 < t.length && t[i + 1].startsWith("%"))) {
                    fynd.add(rad.strip());
                }
            }
        }
        return fynd;
    }

    private static boolean litet(String cell) {
        String siffror = cell.strip().replace("\u00A0", "");
        if (!siffror.matches("\\d{1,9}")) {
            return false;
        }
        long v = Long.parseLong(siffror);
        return v > 0 && v < TROSKEL;
    }

    /** The participant sheets' cells (not the row names in the first column) that print a small count. */
    private static List<String> smaCeller(String path) throws IOException {
        List<String> fynd = new ArrayList<>();
        celler(path, (blad, cell, text) -> {
            if (cell.getColumnIndex() > 0 && litet(text)) {
                fynd.add(blad + "!" + cell.getAddress() + "=" + text);
            }
        });
        return fynd;
    }

    private static int dolda(String path) throws IOException {
        int[] antal = {0};
        celler(path, (blad, cell, text) -> {
            if (text.strip().equals("..")) {
                antal[0]++;
            }
        });
        return antal[0];
    }

    interface Cellbesok {
        void besok(String blad, Cell cell, String text);
    }

    private static void celler(String path, Cellbesok besok) throws IOException {
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(hamta(path)))) {
            for (Sheet blad : bok) {
                if (!SKYDDADE_BLAD.contains(blad.getSheetName())) {
                    continue;
                }
                for (Row rad : blad) {
                    for (Cell cell : rad) {
                        besok.besok(blad.getSheetName(), cell, format.formatCellValue(cell));
                    }
                }
            }
        }
    }
}
