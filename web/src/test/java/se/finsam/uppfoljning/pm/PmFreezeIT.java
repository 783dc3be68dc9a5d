package se.finsam.uppfoljning.pm;

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
import se.finsam.uppfoljning.it.Egeninsats;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Freezing a second half-year's PM (issue 10, must-show 3): the office freezes it, an utfall changes
 * through the rekvisition API, and the frozen PM comes out with the same text as before, while the
 * "changed since freeze" view lists exactly that change. The board reads the PM only once it is frozen.
 *
 * <p>This year's first half-year rather than 2022's second: every 2022 rekvisition of the demo data
 * is approved and cannot be changed (BUD-101), and 2022 is a closed year (BUD-108), so the change is
 * a new rekvisition in an open year: for an insats of the test's own ({@link Egeninsats}, created
 * before freezing so that it is in the snapshot), in this year's second quarter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PmFreezeIT {

    private static final int AR = Egeninsats.iAr();
    private static final String PM = "/api/pm/" + AR + "/1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void aFrozenPmKeepsItsTextWhenAnUtfallChangesAndTheChangesViewListsExactlyThatChange() throws IOException {
        String kansli = KeycloakTokens.accessToken("kansli");
        String styrelse = KeycloakTokens.accessToken("styrelse");
        long egen = Egeninsats.skapa("pm-faststalld", 1_000_000);

        // a draft: the board is told there is no PM
        Api.Reply draft = Api.get(PM + "/pdf", styrelse);
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.object().getString("code")).isEqualTo("PM-006");
        assertThat(Api.get(PM + "/budget", styrelse).status()).isEqualTo(404);
        assertThat(Api.get(PM + "/status", kansli).object().getBoolean("faststallt")).isFalse();

        Api.Reply frozen = Api.post(PM + "/faststallande", kansli, "");
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(200);
        assertThat(frozen.object().getBoolean("faststallt")).isTrue();
        assertThat(frozen.object().getString("faststalltAv")).isEqualTo("kansli");
        assertThat(frozen.object().getString("layoutversion")).startsWith("sha256:");
        assertThat(frozen.object().getBoolean("layoutenAndrad")).isFalse();
        String before = pdfText(kansli);
        String offentligBefore = pdfText(kansli, "offentlig");
        assertThat(before.replaceAll("\\s+", " ")).contains("Tabell 4. Prognos och utfall budget");
        assertThat(Api.get(PM + "/andringar", kansli).object().getJsonArray("andringar")).isEmpty();

        // the change: a rekvisition for a quarter of the half-year, submitted and approved
        String rekvisitioner = "/api/insatser/" + egen + "/rekvisitioner";
        Api.Reply in = Api.post(rekvisitioner, KeycloakTokens.accessToken("habo.rapportor"),
                "{\"ar\":" + AR + ",\"kvartal\":2,\"belopp\":123456}");
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        Api.Reply godkand = Api.post(rekvisitioner + "/" + AR + "/2/godkannande", kansli, "{}");
        assertThat(godkand.object().getString("status")).as(godkand.body()).isEqualTo("GODKAND");

        // the live data has changed (the office's own table reads it) ...
        JsonObject egenRad = Api.get(PM + "/budget", kansli).object().getJsonArray("rader").getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getJsonNumber("insatsId").longValue() == egen).findFirst().orElseThrow();
        assertThat(egenRad.getJsonObject("forstaHalvaret").getJsonNumber("utfallTsek").longValue()).isEqualTo(123);
        String namn = egenRad.getString("namn");

        // ... the frozen PM has not, for the office nor for the board
        assertThat(pdfText(kansli)).isEqualTo(before);
        assertThat(pdfText(styrelse)).isEqualTo(before);
        assertThat(pdfText(styrelse, "offentlig")).as("the public edition, the board's default, is frozen too").isEqualTo(offentligBefore);
        assertThat(Api.get(PM + "/budget", styrelse).object().getJsonArray("rader").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("insatsId").longValue() == egen).findFirst().orElseThrow()
                .getJsonObject("forstaHalvaret").getJsonNumber("utfallTsek").longValue()).isZero();

        // exactly that change: table 4, the insats' row, the half-year's utfall and its kvot
        List<JsonObject> andringar = Api.get(PM + "/andringar", kansli).object().getJsonArray("andringar")
                .getValuesAs(JsonObject.class);
        assertThat(andringar).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getString("del")).isEqualTo("tabell4");
            assertThat(a.getString("rubrik")).isEqualTo("Tabell 4 Prognos och utfall budget");
            assertThat(a.getString("insats")).isEqualTo(namn);
            assertThat(a.getString("falt")).isIn(Set.of("forstaHalvaret.utfall", "forstaHalvaret.utfallTsek",
                    "forstaHalvaret.forbrukningskvotProcent", "forstaHalvaret.forbrukningskvot"));
        });
        assertThat(andringar).anySatisfy(a -> {
            assertThat(a.getString("falt")).isEqualTo("forstaHalvaret.utfallTsek");
            assertThat(a.getString("faststallt")).isEqualTo("0");
            assertThat(a.getString("nu")).isEqualTo("123");
        });

        // frozen once; its texts no longer change
        Api.Reply again = Api.post(PM + "/faststallande", kansli, "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object().getString("code")).isEqualTo("PM-008");
        Api.Reply text = Api.put(PM + "/texter/BAKGRUND", kansli, "{\"text\":\"Ny text.\",\"version\":0}");
        assertThat(text.status()).isEqualTo(409);
        assertThat(text.object().getString("code")).isEqualTo("PM-009");
    }

    private static String pdfText(String token) throws IOException {
        return pdfText(token, "intern");
    }

    /** The PDF's text in an edition (issue 20: the board's default is the public one). */
    private static String pdfText(String token, String utgava) throws IOException {
        Api.Fil pdf = Api.file(PM + "/pdf?utgava=" + utgava, token, null);
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
