package se.finsam.uppfoljning.layout;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, must-show 1: a report designer downloads the quality table's layout (pm-tabell-5), removes
 * its first answer column, uploads it as a new version, previews it, publishes it; the office's next PM
 * prints the table without that column; the designer rolls back to version 1 in one action and the next
 * PM has the column again. Both renders are recorded with the layout versions that rendered them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LayoutPublishIT {

    /**
     * A row of the demo data's Tabell 5 (H2 2022): the insats, then its eight answers. H2, because
     * other tests freeze the H1 2022 PM, and a frozen PM keeps the layouts it was frozen with.
     */
    private static final String NAMN = "Enköping, Jobbcentrum – Din väg framåt";
    private static final List<String> SVAR = List.of("Ja", "Nej", "Ja", "Ja", "Ja", "Ok", "Ja", "Nej");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void aDesignerPublishesATableWithoutAColumnAndRollsItBack() throws Exception {
        String designer = KeycloakTokens.accessToken("rapportdesigner");
        String kansli = KeycloakTokens.accessToken("kansli");

        Fil kalla = get("/api/layouter/pm-tabell-5/jrxml", designer, "application/xml");
        assertThat(kalla.status()).isEqualTo(200);
        String utanForstaKolumnen = utanForstaSvarskolumnen(new String(kalla.body(), java.nio.charset.StandardCharsets.UTF_8));

        Api.Reply uppladdad = upload("/api/layouter/pm-tabell-5/versioner", designer, utanForstaKolumnen, "Utan första frågan");
        assertThat(uppladdad.status()).as(uppladdad.body()).isEqualTo(201);
        int ny = uppladdad.object().getInt("version");
        assertThat(ny).isGreaterThan(1);
        assertThat(uppladdad.object().getString("status")).isEqualTo("UTKAST");
        try {
            // the draft previews, with demo data and with the half-year's live data; the PM does not use it yet
            Fil demo = get("/api/layouter/pm-tabell-5/versioner/" + ny + "/forhandsgranskning", designer, "application/pdf");
            assertThat(demo.status()).isEqualTo(200);
            assertThat(demo.contentType()).startsWith("application/pdf");
            assertThat(text(demo.body())).contains("Exempelinsats Alfa");
            Fil live = get("/api/layouter/pm-tabell-5/versioner/" + ny + "/forhandsgranskning?ar=2022&halvar=2", designer, "application/pdf");
            assertThat(live.status()).isEqualTo(200);
            assertThat(text(live.body())).contains(rad(SVAR.subList(1, SVAR.size()))).doesNotContain(rad(SVAR));
            assertThat(text(pm(kansli).body())).contains(rad(SVAR));

            Api.Reply publicerad = Api.post("/api/layouter/pm-tabell-5/versioner/" + ny + "/publicering?forvantad=1", designer, "");
            assertThat(publicerad.status()).as(publicerad.body()).isEqualTo(200);
            assertThat(publicerad.object().getBoolean("aktuell")).isTrue();

            Fil efter = pm(kansli);
            assertThat(efter.header()).contains("pm-tabell-5=" + ny);
            assertThat(text(efter.body())).contains("Tabell 5. Kvalitetssäkring")
                    .contains(rad(SVAR.subList(1, SVAR.size()))).doesNotContain(rad(SVAR));
        } finally {
            // back to version 1 even when a step above failed (then version 1 may still be in force: 409),
            // so that a failure here never hides the one above
            Api.Reply tillbaka = Api.post("/api/layouter/pm-tabell-5/versioner/1/publicering", designer, "");
            assertThat(tillbaka.status()).as(tillbaka.body()).isIn(200, 409);
        }
        Fil aterstalld = pm(kansli);
        assertThat(aterstalld.header()).contains("pm-tabell-5=1");
        assertThat(text(aterstalld.body())).contains(rad(SVAR));

        // both renders are recorded with their versions, newest first
        JsonArray anvandning = (JsonArray) Api.get("/api/layouter/anvandning/2022/2", designer).json();
        List<Integer> tabell5 = anvandning.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("format").equals("PDF"))
                .map(a -> a.getJsonObject("versioner").getInt("pm-tabell-5")).toList();
        assertThat(tabell5).startsWith(1, ny);

        // the versions list says what happened: the new one published once, version 1 in force again
        JsonArray versioner = (JsonArray) Api.get("/api/layouter/pm-tabell-5/versioner", kansli).json();
        JsonObject v = versioner.getValuesAs(JsonObject.class).stream().filter(o -> o.getInt("version") == ny).findFirst().orElseThrow();
        assertThat(v.getString("status")).isEqualTo("PUBLICERAD");
        assertThat(v.getBoolean("aktuell")).isFalse();
        assertThat(versioner.getValuesAs(JsonObject.class).getFirst().getBoolean("aktuell")).isTrue();
    }

    @Test
    void anUploadThatFailsTheCheckIsRefusedWithItsLine() {
        String designer = KeycloakTokens.accessToken("rapportdesigner");
        String kalla = new String(get("/api/layouter/pm-tabell-5/jrxml", designer, "application/xml").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply r = upload("/api/layouter/pm-tabell-5/versioner", designer, kalla.replaceFirst("\\$F\\{svar2}", "\\$F{saknas}"), null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.object().getString("code")).isEqualTo("LAY-003");
        assertThat(r.body()).contains("saknas").contains("rad ");
        Api.Reply granskning = upload("/api/layouter/pm-tabell-5/granskning", designer, kalla, null);
        assertThat(granskning.status()).isEqualTo(200);
        assertThat(granskning.object().getBoolean("godkand")).isTrue();
    }

    /** Removes the first answer column: its heading in the title band and its cell in the detail band. */
    static String utanForstaSvarskolumnen(String jrxml) {
        String utan = jrxml;
        for (String falt : List.of("\\$P\\{FRAGA_1}", "\\$F\\{svar1}")) {
            Matcher m = Pattern.compile("\\s*<element kind=\"textField\"[^>]*>\\s*<printWhenExpression><!\\[CDATA\\[\\$P\\{ANTAL_FRAGOR} >= 1]]>"
                    + "</printWhenExpression>\\s*<expression><!\\[CDATA\\[" + falt + "]]></expression>.*?</element>", Pattern.DOTALL).matcher(utan);
            assertThat(m.find()).as("kolumnen " + falt).isTrue();
            utan = utan.substring(0, m.start()) + utan.substring(m.end());
        }
        return utan;
    }

    private static String rad(List<String> svar) {
        return NAMN + " " + String.join(" ", svar);
    }

    record Fil(int status, String contentType, String header, byte[] body) {
    }

    private static Fil pm(String token) {
        Fil f = get("/api/pm/2022/2/pdf", token, "application/pdf");
        assertThat(f.status()).isEqualTo(200);
        return f;
    }

    private static Fil get(String path, String token, String accept) {
        Api.Fil f = Api.file(path, token, accept + ", application/problem+json");
        return new Fil(f.status(), f.header("Content-Type"), f.header("X-Layoutversioner"), f.body());
    }

    /** Checks or uploads a source: the .jrxml as text in the JSON body, with an optional comment. */
    static Api.Reply upload(String path, String token, String jrxml, String kommentar) {
        jakarta.json.JsonObjectBuilder body = jakarta.json.Json.createObjectBuilder().add("jrxml", jrxml);
        if (kommentar != null) {
            body.add("kommentar", kommentar);
        }
        return Api.post(path, token, body.build().toString());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t\\r\\n]+", " ");
        }
    }
}
