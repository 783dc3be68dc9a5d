package se.finsam.uppfoljning.insats;

import jakarta.json.JsonObject;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.uppfoljning.insats.Registerinsats.KANSLI;
import static se.finsam.uppfoljning.insats.Registerinsats.body;
import static se.finsam.uppfoljning.insats.Registerinsats.skapa;

/**
 * Short names (issue 19): kept per period, so a rename in 2023 leaves the 2022 PM's tables as they
 * were; and two insatser with the same short name print told apart, by their owners, in every table
 * of the PM and in every format (PDF read with PDFBox, DOCX and XLSX with POI). The insatser are the
 * test's own, in the second förbund.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShortNameIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private static String token() {
        return KeycloakTokens.accessToken(KANSLI);
    }

    @Test
    void aRenameIn2023LeavesThe2022PmsNamesAsTheyWere() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String fore = "Före " + tag;
        String efter = "Efter " + tag;
        JsonObject ny = skapa(body("Namnbyte " + tag, fore, "INDIVIDINSATS", "forsakringskassan", "2022-01-01", "2023-12-31"));
        long id = ny.getJsonNumber("id").longValue();
        String omdopt = body("Namnbyte " + tag, efter, "INDIVIDINSATS", "forsakringskassan", "2022-01-01", "2023-12-31")
                .replaceFirst("\\{", "{\"version\": " + ny.getJsonNumber("version") + ", \"kortnamnFran\": {\"ar\": 2023, \"halvar\": 1},");
        Api.Reply r = Api.put("/api/insatser/" + id, token(), omdopt);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.object().getString("kortnamn")).isEqualTo(efter);

        for (String halvar : List.of("2022/1", "2022/2")) {
            assertThat(namn("/api/pm/" + halvar + "/forutsattningar", id)).as(halvar).contains(fore);
            assertThat(namn("/api/pm/" + halvar + "/mal", id)).as(halvar).contains(fore);
            assertThat(budgetnamn(halvar, id)).as(halvar).contains(fore);
        }
        assertThat(namn("/api/pm/2023/1/forutsattningar", id)).contains(efter);
        assertThat(budgetnamn("2023/2", id)).contains(efter);
        // the data package of 2022 carries the 2022 name, and importing one back leaves the rename as it is
        Api.Reply paket = Api.get("/api/datapaket/2022/2", token());
        assertThat(paket.body()).contains("\"kortnamn\":\"" + fore + "\"").doesNotContain(efter);
        Api.Reply import2022 = Api.post("/api/datapaket", token(), """
                {"format": "uppfoljning-datapaket/2", "forbund": "demo-annat", "period": {"ar": 2022, "halvar": 2},
                 "insatser": [{"kod": "%s", "namn": "Namnbyte %s", "kortnamn": "%s", "typ": "INDIVIDINSATS",
                               "agare": "forsakringskassan", "start": "2022-01-01", "slut": "2023-12-31", "status": "AKTIV"}]}
                """.formatted(ny.getString("kod"), tag, fore));
        assertThat(import2022.status()).as(import2022.body()).isEqualTo(200);
        assertThat(Api.get("/api/insatser/" + id, token()).object().getString("kortnamn")).isEqualTo(efter);
        assertThat(namn("/api/pm/2022/2/forutsattningar", id)).contains(fore);
        assertThat(namn("/api/pm/2023/1/forutsattningar", id)).contains(efter);
    }

    @Test
    void twoInsatserWithTheSameShortNamePrintToldApartInEveryFormat() throws Exception {
        String kortnamn = "Lokus " + UUID.randomUUID().toString().substring(0, 4);
        long fk = skapa(body(kortnamn + " Försäkringskassan", kortnamn, "INDIVIDINSATS", "forsakringskassan", "2034-01-01", "2035-12-31"))
                .getJsonNumber("id").longValue();
        long af = skapa(body(kortnamn + " Arbetsförmedlingen", kortnamn, "INDIVIDINSATS", "arbetsformedlingen", "2034-01-01", "2035-12-31"))
                .getJsonNumber("id").longValue();
        String medFk = kortnamn + " (Försäkringskassan)";
        String medAf = kortnamn + " (Arbetsförmedlingen)";
        assertThat(namn("/api/pm/2034/1/mal", fk)).contains(medFk);
        assertThat(namn("/api/pm/2034/1/mal", af)).contains(medAf);
        assertThat(namn("/api/pm/2034/1/forutsattningar", af)).contains(medAf);
        assertThat(budgetnamn("2034/1", fk)).contains(medFk);

        String pdf;
        try (PDDocument doc = Loader.loadPDF(fil("pdf"))) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("[ \\t\\r\\n]+", " ");
        }
        String docx;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(fil("docx")));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            docx = extractor.getText().replaceAll("[ \\t\\r\\n]+", " ");
        }
        // tables 2, 3 and 4 print the short name (table 1 the full name and the owner)
        for (String text : List.of(pdf, docx)) {
            assertThat(count(text, medFk)).as(text).isGreaterThanOrEqualTo(3);
            assertThat(count(text, medAf)).as(text).isGreaterThanOrEqualTo(3);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(fil("xlsx")))) {
            for (String blad : List.of("Tabell 2", "Tabell 3", "Tabell 4")) {
                Sheet sheet = book.getSheet(blad);
                assertThat(sheet).as(blad).isNotNull();
                List<String> celler = cells(sheet);
                assertThat(celler).as(blad).contains(medFk, medAf).doesNotContain(kortnamn);
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static byte[] fil(String format) {
        Api.Fil f = Api.file("/api/pm/2034/1/" + format, token(), null);
        assertThat(f.status()).as(format).isEqualTo(200);
        return f.body();
    }

    /** The name of the insats' row in a table of groups (tables 2, 3 and 5). */
    private static Optional<String> namn(String path, long id) {
        Api.Reply r = Api.get(path, token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.object().getJsonArray("grupper").getValuesAs(JsonObject.class).stream()
                .flatMap(g -> g.getJsonArray("rader").getValuesAs(JsonObject.class).stream())
                .filter(rad -> rad.getJsonNumber("insatsId").longValue() == id).map(rad -> rad.getString("namn")).findFirst();
    }

    /** The name of the insats' row in table 4. */
    private static Optional<String> budgetnamn(String halvar, long id) {
        Api.Reply r = Api.get("/api/pm/" + halvar + "/budget", token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.object().getJsonArray("rader").getValuesAs(JsonObject.class).stream()
                .filter(rad -> rad.getJsonNumber("insatsId").longValue() == id).map(rad -> rad.getString("namn")).findFirst();
    }

    private static List<String> cells(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> celler = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                celler.add(formatter.formatCellValue(cell).strip());
            }
        }
        return celler;
    }
}
