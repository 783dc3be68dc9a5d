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
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Freezing a second half-year's PM (issue 10, must-show 3): the office freezes it, an utfall changes
 * through the rekvisition API, and the frozen PM comes out with the same text as before, while the
 * "changed since freeze" view lists exactly that change. The board reads the PM only once it is frozen.
 *
 * <p>The H2 PM of 2023 rather than of 2022: every 2022 rekvisition of the demo data is approved, and
 * an approved rekvisition cannot be changed (BUD-101), so the change is a new rekvisition for a
 * quarter without one: Enköping's Jobbcentrum (extended to 2024) in the third quarter of 2023. No
 * other test touches that PM or that quarter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PmFreezeIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PM = "/api/pm/2023/2";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void aFrozenPmKeepsItsTextWhenAnUtfallChangesAndTheChangesViewListsExactlyThatChange() throws IOException {
        String kansli = KeycloakTokens.accessToken("kansli");
        String styrelse = KeycloakTokens.accessToken("styrelse");

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
        assertThat(before.replaceAll("\\s+", " ")).contains("Tabell 4. Prognos och utfall budget", "Överf till 2024");
        assertThat(Api.get(PM + "/andringar", kansli).object().getJsonArray("andringar")).isEmpty();

        // the change: a rekvisition for a quarter of the half-year, submitted and approved
        long enkoping = Api.insatsId("enkoping-jobbcentrum");
        String rekvisitioner = "/api/insatser/" + enkoping + "/rekvisitioner";
        Api.Reply in = Api.post(rekvisitioner, KeycloakTokens.accessToken("enkoping.rapportor"),
                "{\"ar\":2023,\"kvartal\":3,\"belopp\":123456}");
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        Api.Reply godkand = Api.post(rekvisitioner + "/2023/3/godkannande", kansli, "{}");
        assertThat(godkand.object().getString("status")).as(godkand.body()).isEqualTo("GODKAND");

        // the live data has changed (the office's own table reads it) ...
        JsonObject enkopingRad = Api.get(PM + "/budget", kansli).object().getJsonArray("rader").getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getJsonNumber("insatsId").longValue() == enkoping).findFirst().orElseThrow();
        assertThat(enkopingRad.getJsonObject("helaAret").getJsonNumber("utfallTsek").longValue()).isEqualTo(123);
        String namn = enkopingRad.getString("namn");

        // ... the frozen PM has not, for the office nor for the board
        assertThat(pdfText(kansli)).isEqualTo(before);
        assertThat(pdfText(styrelse)).isEqualTo(before);
        assertThat(Api.get(PM + "/budget", styrelse).object().getJsonArray("rader").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("insatsId").longValue() == enkoping).findFirst().orElseThrow()
                .getJsonObject("helaAret").getJsonNumber("utfallTsek").longValue()).isZero();

        // exactly that change: table 4, Enköping's row, the whole year's utfall (and a kvot, where it has a budget)
        List<JsonObject> andringar = Api.get(PM + "/andringar", kansli).object().getJsonArray("andringar")
                .getValuesAs(JsonObject.class);
        assertThat(andringar).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getString("del")).isEqualTo("tabell4");
            assertThat(a.getString("rubrik")).isEqualTo("Tabell 4 Prognos och utfall budget");
            assertThat(a.getString("insats")).isEqualTo(namn);
            assertThat(a.getString("falt")).isIn(Set.of("helaAret.utfall", "helaAret.utfallTsek",
                    "helaAret.forbrukningskvotProcent", "helaAret.forbrukningskvot"));
        });
        assertThat(andringar).anySatisfy(a -> {
            assertThat(a.getString("falt")).isEqualTo("helaAret.utfallTsek");
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
        try {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + PM + "/pdf"))
                            .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            try (PDDocument doc = Loader.loadPDF(r.body())) {
                return new PDFTextStripper().getText(doc);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
