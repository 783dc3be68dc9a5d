package se.finsam.uppfoljning.budget;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.Egeninsats;
import se.finsam.uppfoljning.it.KeycloakTokens;

import jakarta.json.Json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An insats' money through the API: the rapportör's rekvisition, the office's return and approval,
 * the office's budget, attachments, and bad input refused with the field named and nothing written.
 * Rekvisitioner go to insatser of the tests' own in this (open) year ({@link Egeninsats}); the
 * budget test uses a year of Håbo's Framsteget 2.0 of its own, so the 2022 demo data the PM tables
 * are read from stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EkonomiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private long habo;
    private String rapportor;
    private String kansli;

    @BeforeEach
    void signIn() {
        habo = Api.insatsId("habo-framsteget");
        rapportor = KeycloakTokens.accessToken("habo.rapportor");
        kansli = KeycloakTokens.accessToken("kansli");
    }

    @Test
    void aRekvisitionIsReturnedCorrectedAndApprovedAndThenCountsAsUtfall() {
        long egen = Egeninsats.skapa("ekonomi-it-retur", 1_000_000);
        int ar = Egeninsats.iAr();
        String rekvisitioner = "/api/insatser/" + egen + "/rekvisitioner";
        Api.Reply in = Api.post(rekvisitioner, rapportor, "{\"ar\":" + ar + ",\"kvartal\":1,\"belopp\":\"125 000,50\","
                + "\"kostnadsrader\":[{\"text\":\"Lön\",\"belopp\":100000},{\"text\":\"Lokal\",\"belopp\":\"25000,50\"}]}");
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.object().getString("status")).isEqualTo("INSKICKAD");

        Api.Reply utanKommentar = Api.post(rekvisitioner + "/" + ar + "/1/retur", kansli, "{}");
        assertThat(utanKommentar.status()).isEqualTo(400);
        assertThat(utanKommentar.object().getString("code")).isEqualTo("BUD-004");

        Api.Reply retur = Api.post(rekvisitioner + "/" + ar + "/1/retur", kansli, "{\"kommentar\":\"Bifoga lönespecifikation.\"}");
        assertThat(retur.object().getString("status")).isEqualTo("RETURNERAD");
        assertThat(Api.post(rekvisitioner, rapportor, "{\"ar\":" + ar + ",\"kvartal\":1,\"belopp\":125000.5}").object()
                .getString("status")).isEqualTo("INSKICKAD");
        Api.Reply godkand = Api.post(rekvisitioner + "/" + ar + "/1/godkannande", kansli, "{}");
        assertThat(godkand.object().getString("status")).as(godkand.body()).isEqualTo("GODKAND");

        JsonObject ekonomi = Api.get("/api/insatser/" + egen + "/ekonomi/" + ar, rapportor).object();
        assertThat(ekonomi.getJsonNumber("utfallForstaHalvaret").bigDecimalValue()).isEqualByComparingTo("125000.50");
        assertThat(ekonomi.getJsonArray("rekvisitioner")).hasSize(1);

        Api.Reply igen = Api.post(rekvisitioner, rapportor, "{\"ar\":" + ar + ",\"kvartal\":1,\"belopp\":1}");
        assertThat(igen.status()).isEqualTo(409);
        assertThat(igen.object().getString("code")).isEqualTo("BUD-101");
    }

    @Test
    void badAmountsAndQuartersOutsideTheInsatsAreRefusedWithTheFieldNamedAndNothingWritten() {
        long egen = Egeninsats.skapa("ekonomi-it-fel", 500_000);
        int ar = Egeninsats.iAr();
        String rekvisitioner = "/api/insatser/" + egen + "/rekvisitioner";
        assertRefused(Api.post(rekvisitioner, rapportor, "{\"ar\":" + ar + ",\"kvartal\":2,\"belopp\":\"tusen\"}"), "belopp");
        assertRefused(Api.post(rekvisitioner, rapportor, "{\"ar\":" + ar + ",\"kvartal\":2,\"belopp\":-5}"), "belopp");
        assertRefused(Api.post(rekvisitioner, rapportor, "{\"ar\":" + ar + ",\"kvartal\":2,\"belopp\":100,"
                + "\"kostnadsrader\":[{\"text\":\"Lön\",\"belopp\":90}]}"), "kostnadsrader");
        // the insats started on 1 January this year
        assertRefused(Api.post(rekvisitioner, rapportor, "{\"ar\":" + (ar - 1) + ",\"kvartal\":4,\"belopp\":100}"), "kvartal");
        assertThat(Api.get("/api/insatser/" + egen + "/ekonomi/" + ar, kansli).object().getJsonArray("rekvisitioner")).isEmpty();
        // Framsteget 2.0 ended 2024: that year is closed (from 1 April 2025)
        Api.Reply stangt = Api.post("/api/insatser/" + habo + "/rekvisitioner", rapportor, "{\"ar\":2024,\"kvartal\":3,\"belopp\":100}");
        assertThat(stangt.status()).as(stangt.body()).isEqualTo(409);
        assertThat(stangt.object().getString("code")).isEqualTo("BUD-108");
        assertRefused(Api.put("/api/insatser/" + habo + "/ekonomi/2024/budget", kansli, "{\"version\":0,\"belopp\":-1}"), "belopp");
        assertRefused(Api.put("/api/insatser/" + habo + "/ekonomi/2024/budget", kansli, "{\"version\":0,\"belopp\":\"mycket\"}"), "belopp");

        JsonObject ar2024 = Api.get("/api/insatser/" + habo + "/ekonomi/2024", kansli).object();
        assertThat(ar2024.getJsonArray("rekvisitioner")).isEmpty();
        assertThat(ar2024.getJsonNumber("budgetVersion").longValue()).isZero();
        assertThat(Api.get("/api/insatser/" + habo + "/ekonomi/2021", kansli).object().getJsonArray("rekvisitioner")).isEmpty();
    }

    @Test
    void theOfficeSetsABudgetWithItsOwnSplitAndAStaleVersionIsRefused() {
        String budget = "/api/insatser/" + habo + "/ekonomi/2025/budget";
        Api.Reply satt = Api.put(budget, kansli, "{\"version\":0,\"belopp\":\"1 000 000\",\"forstaHalvar\":400000}");
        assertThat(satt.status()).as(satt.body()).isEqualTo(200);
        JsonObject e = satt.object();
        assertThat(e.getJsonNumber("budget").bigDecimalValue()).isEqualByComparingTo("1000000");
        assertThat(e.getJsonNumber("budgetForstaHalvaret").bigDecimalValue()).isEqualByComparingTo("400000");
        assertThat(e.getJsonNumber("budgetAndraHalvaret").bigDecimalValue()).isEqualByComparingTo("600000");
        assertThat(e.getString("forbrukningskvot")).isEqualTo("0\u00a0%");

        Api.Reply stale = Api.put(budget, kansli, "{\"version\":0,\"belopp\":5}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.object().getString("code")).isEqualTo("BUD-001");
        assertThat(Api.put(budget, rapportor, "{\"version\":1,\"belopp\":5}").status()).isEqualTo(403);
    }

    @Test
    void theSteeringGroupSeesItsInsatsMoneyAndAnotherPartnersRapportorDoesNot() {
        JsonObject e = Api.get("/api/insatser/" + habo + "/ekonomi/2022", KeycloakTokens.accessToken("region.styrgrupp")).object();
        assertThat(e.getString("forbrukningskvot")).isEqualTo("83\u00a0%");
        assertThat(Api.get("/api/insatser/" + habo + "/ekonomi/2022", KeycloakTokens.accessToken("enkoping.rapportor")).status())
                .isEqualTo(404);
    }

    @Test
    void anAttachmentIsToldByItsBytesStoredAndHandedOutAndAWrongTypeOrSizeIsRefused() throws Exception {
        long egen = Egeninsats.skapa("ekonomi-it-bilaga", 800_000);
        int ar = Egeninsats.iAr();
        String rekvisitioner = "/api/insatser/" + egen + "/rekvisitioner";
        assertThat(Api.post(rekvisitioner, rapportor, "{\"ar\":" + ar + ",\"kvartal\":2,\"belopp\":1000}").status()).isEqualTo(200);
        String bilaga = rekvisitioner + "/" + ar + "/2/bilaga";

        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<byte[]> upp = raw("PUT", bilaga + "?filnamn=underlag.pdf", rapportor, "application/octet-stream", pdf);
        assertThat(upp.statusCode()).as(new String(upp.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        JsonObject info = Json.createReader(new ByteArrayInputStream(upp.body())).readObject().getJsonObject("bilaga");
        assertThat(info.getString("filnamn")).isEqualTo("underlag.pdf");
        assertThat(info.getString("typ")).isEqualTo("application/pdf");
        assertThat(info.getInt("storlek")).isEqualTo(pdf.length);

        HttpResponse<byte[]> ner = raw("GET", bilaga, KeycloakTokens.accessToken("region.styrgrupp"), null, null);
        assertThat(ner.statusCode()).isEqualTo(200);
        assertThat(ner.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(ner.body()).isEqualTo(pdf);

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        HttpResponse<byte[]> fel = raw("PUT", bilaga + "?filnamn=kvitto.pdf", rapportor, "application/pdf", png);
        assertThat(fel.statusCode()).isEqualTo(400);
        assertThat(new String(fel.body(), StandardCharsets.UTF_8)).contains("BUD-105");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xlsx)) {
            for (String name : new String[]{"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        HttpResponse<byte[]> ark = raw("PUT", bilaga + "?filnamn=kostnader", rapportor, "application/octet-stream", xlsx.toByteArray());
        assertThat(ark.statusCode()).isEqualTo(200);
        JsonObject arkInfo = Json.createReader(new ByteArrayInputStream(ark.body())).readObject().getJsonObject("bilaga");
        assertThat(arkInfo.getString("filnamn")).isEqualTo("kostnader.xlsx");
        assertThat(arkInfo.getString("typ")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        byte[] stor = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, stor, 0, pdf.length);
        HttpResponse<byte[]> forStor = raw("PUT", bilaga + "?filnamn=stor.pdf", rapportor, "application/pdf", stor);
        assertThat(forStor.statusCode()).isEqualTo(400);
        assertThat(new String(forStor.body(), StandardCharsets.UTF_8)).contains("BUD-106");
        assertThat(raw("PUT", bilaga, kansli, "application/pdf", pdf).statusCode()).isEqualTo(403);
        assertThat(Api.get("/api/insatser/" + egen + "/ekonomi/" + ar, kansli).object().getJsonArray("rekvisitioner")
                .getJsonObject(0).getJsonObject("bilaga").getString("filnamn")).isEqualTo("kostnader.xlsx");
    }

    private static HttpResponse<byte[]> raw(String method, String path, String token, String type, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "*/*");
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static void assertRefused(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.object().getString("code")).isEqualTo("BUD-002");
        List<String> fields = reply.object().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).toList();
        assertThat(fields).contains(field);
    }
}
