package se.finsam.uppfoljning.avvikelse;

import jakarta.json.JsonArray;
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
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A steering-group member's budget deviation and the förbundschef's decision through the API. Uses
 * Regionens styrgruppsledamot on Håbo's Framsteget 2.0 (extended to 2024) and its 2023 funds moving
 * to 2024, so the 2022 demo data the PM tables are read from stays as it is. Each test compares
 * amounts with what it read first, so the tests do not depend on each other's order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AvvikelseDecisionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private long habo;
    private String styrgrupp;
    private String forbundschef;
    private String kansli;

    @BeforeEach
    void signIn() {
        habo = Api.insatsId("habo-framsteget");
        styrgrupp = KeycloakTokens.accessToken("region.styrgrupp");
        forbundschef = KeycloakTokens.accessToken("forbundschef");
        kansli = KeycloakTokens.accessToken("kansli");
    }

    @Test
    void aPartlyApprovedCarryOverRaisesNextYearsBudgetByExactlyThatAmountAndASecondDecisionIsRefused() {
        grantBudget(2023, "1000000");
        BigDecimal fore = budget(2024);

        Api.Reply inlamnad = Api.post("/api/insatser/" + habo + "/avvikelser", styrgrupp,
                "{\"typ\":\"BUDGET\",\"beskrivning\":\"Vakans under hösten; styrgruppen begär att outnyttjade medel förs över.\","
                        + "\"ar\":2023,\"begartBelopp\":\"200 000\"}");
        assertThat(inlamnad.status()).as(inlamnad.body()).isEqualTo(200);
        long id = inlamnad.object().getJsonNumber("id").longValue();
        assertThat(inlamnad.object().getBoolean("beslutad")).isFalse();
        assertThat(ids(Api.get("/api/avvikelser/obeslutade", forbundschef))).contains(id);

        Api.Reply beslut = Api.post("/api/avvikelser/" + id + "/beslut", forbundschef,
                "{\"utfall\":\"DELVIS_GODKAND\",\"belopp\":\"120 000,50\",\"motivering\":\"En del av medlen behövs 2024.\"}");
        assertThat(beslut.status()).as(beslut.body()).isEqualTo(200);
        JsonObject b = beslut.object().getJsonArray("beslut").getJsonObject(0);
        assertThat(b.getString("utfall")).isEqualTo("DELVIS_GODKAND");
        assertThat(b.getJsonNumber("overfortBelopp").bigDecimalValue()).isEqualByComparingTo("120000.50");
        assertThat(b.getInt("tillAr")).isEqualTo(2024);
        assertThat(b.getString("beslutsdatum")).isNotBlank();
        assertThat(ids(Api.get("/api/avvikelser/obeslutade", forbundschef))).doesNotContain(id);

        assertThat(budget(2024)).isEqualByComparingTo(fore.add(new BigDecimal("120000.50")));
        JsonObject ekonomi2023 = Api.get("/api/insatser/" + habo + "/ekonomi/2023", styrgrupp).object();
        assertThat(ekonomi2023.getJsonNumber("overfortTillNastaAr").bigDecimalValue()).isEqualByComparingTo("120000.50");
        assertThat(ekonomi2023.getJsonArray("overforingar").getValuesAs(JsonObject.class))
                .anyMatch(o -> o.getJsonNumber("id").longValue() == b.getJsonNumber("overforingId").longValue());

        JsonObject rad = Api.get("/api/pm/2023/2/budget", kansli).object().getJsonArray("rader").getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getJsonNumber("insatsId").longValue() == habo).findFirst().orElseThrow();
        assertThat(rad.getJsonNumber("overfortTillNastaTsek").longValue()).isEqualTo(120);

        Api.Reply igen = Api.post("/api/avvikelser/" + id + "/beslut", forbundschef,
                "{\"utfall\":\"GODKAND\",\"motivering\":\"Allt förs över.\"}");
        assertThat(igen.status()).isEqualTo(409);
        assertThat(igen.object().getString("code")).isEqualTo("AVV-101");
        assertThat(budget(2024)).isEqualByComparingTo(fore.add(new BigDecimal("120000.50")));

        List<JsonObject> historik = ((JsonArray) Api.get("/api/avvikelser/" + id + "/historik", kansli).json())
                .getValuesAs(JsonObject.class);
        assertThat(historik).anyMatch(h -> h.getString("objekt").equals("Avvikelse") && h.getString("falt").equals("inlamnad")
                && h.getString("vem").equals("region.styrgrupp"));
        assertThat(historik).anyMatch(h -> h.getString("objekt").equals("Avvikelse") && h.getString("falt").equals("beslut")
                && h.getString("vem").equals("forbundschef"));
        assertThat(historik).anyMatch(h -> h.getString("objekt").equals("Overforing") && h.getString("efter").contains("120000.50"));
    }

    @Test
    void aCorrectionIsANewDecisionThatRevokesTheOldCarryOverAndTooLargeAmountsAreRefused() {
        grantBudget(2023, "1000000");
        BigDecimal fore = budget(2024);
        String avvikelser = "/api/insatser/" + habo + "/avvikelser";

        Api.Reply forStor = Api.post(avvikelser, styrgrupp, "{\"typ\":\"BUDGET\",\"beskrivning\":\"x\",\"ar\":2023,\"begartBelopp\":"
                + unused2023().add(BigDecimal.ONE).toPlainString() + "}");
        assertThat(forStor.status()).as(forStor.body()).isEqualTo(409);
        assertThat(forStor.object().getString("code")).isEqualTo("AVV-105");

        long id = file("Outnyttjade medel.", new BigDecimal("100000"));
        JsonObject forsta = Api.post("/api/avvikelser/" + id + "/beslut", forbundschef,
                "{\"utfall\":\"GODKAND\",\"motivering\":\"Godkänns.\"}").object().getJsonArray("beslut").getJsonObject(0);
        assertThat(budget(2024)).isEqualByComparingTo(fore.add(new BigDecimal("100000")));

        Api.Reply rattelse = Api.post("/api/avvikelser/" + id + "/beslut", forbundschef,
                "{\"utfall\":\"DELVIS_GODKAND\",\"belopp\":40000,\"motivering\":\"Rättelse: bara en del.\",\"ersatter\":"
                        + forsta.getJsonNumber("id") + "}");
        assertThat(rattelse.status()).as(rattelse.body()).isEqualTo(200);
        JsonArray beslut = rattelse.object().getJsonArray("beslut");
        assertThat(beslut).hasSize(2);
        assertThat(beslut.getJsonObject(0).getString("motivering")).isEqualTo("Godkänns.");
        assertThat(beslut.getJsonObject(1).getJsonNumber("ersatter").longValue()).isEqualTo(forsta.getJsonNumber("id").longValue());
        assertThat(budget(2024)).isEqualByComparingTo(fore.add(new BigDecimal("40000")));
        assertThat(Api.get("/api/insatser/" + habo + "/ekonomi/2023", kansli).object().getJsonArray("overforingar")
                .getValuesAs(JsonObject.class)).anyMatch(o -> o.getJsonNumber("id").longValue() == forsta.getJsonNumber("overforingId").longValue()
                && o.containsKey("upphavd") && !o.isNull("upphavd"));

        Api.Reply gammal = Api.post("/api/avvikelser/" + id + "/beslut", forbundschef,
                "{\"utfall\":\"AVSLAGEN\",\"motivering\":\"x\",\"ersatter\":" + forsta.getJsonNumber("id") + "}");
        assertThat(gammal.status()).isEqualTo(409);
        assertThat(gammal.object().getString("code")).isEqualTo("AVV-102");

        // two requests that each fit the unused funds, but not together: the second approval is refused
        BigDecimal del = unused2023().multiply(new BigDecimal("0.6")).setScale(0, java.math.RoundingMode.DOWN);
        long a = file("Outnyttjade medel, del 1.", del);
        long b = file("Outnyttjade medel, del 2.", del);
        BigDecimal efterRattelse = budget(2024);
        assertThat(Api.post("/api/avvikelser/" + a + "/beslut", forbundschef, "{\"utfall\":\"GODKAND\",\"motivering\":\"Ja.\"}").status())
                .isEqualTo(200);
        Api.Reply overUnused = Api.post("/api/avvikelser/" + b + "/beslut", forbundschef,
                "{\"utfall\":\"GODKAND\",\"motivering\":\"Ja.\"}");
        assertThat(overUnused.status()).as(overUnused.body()).isEqualTo(409);
        assertThat(overUnused.object().getString("code")).isEqualTo("BUD-201");
        assertThat(Api.get("/api/avvikelser/" + b, kansli).object().getBoolean("beslutad")).isFalse();
        assertThat(budget(2024)).isEqualByComparingTo(efterRattelse.add(del));
    }

    private long file(String beskrivning, BigDecimal begart) {
        Api.Reply r = Api.post("/api/insatser/" + habo + "/avvikelser", styrgrupp, "{\"typ\":\"BUDGET\",\"beskrivning\":\""
                + beskrivning + "\",\"ar\":2023,\"begartBelopp\":" + begart.toPlainString() + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.object().getJsonNumber("id").longValue();
    }

    private BigDecimal unused2023() {
        JsonObject e = Api.get("/api/insatser/" + habo + "/ekonomi/2023", kansli).object();
        BigDecimal overfort = !e.containsKey("overfortTillNastaAr") || e.isNull("overfortTillNastaAr") ? BigDecimal.ZERO : e.getJsonNumber("overfortTillNastaAr").bigDecimalValue();
        return e.getJsonNumber("kvar").bigDecimalValue().subtract(overfort);
    }

    @Test
    void onlyTheForbundschefDecidesAndBadInputNamesTheField() {
        String avvikelser = "/api/insatser/" + habo + "/avvikelser";
        assertRefused(Api.post(avvikelser, styrgrupp, "{\"typ\":\"OKAND\",\"beskrivning\":\"x\"}"), "typ");
        assertRefused(Api.post(avvikelser, styrgrupp, "{\"typ\":\"BUDGET\",\"beskrivning\":\"x\",\"ar\":2023,\"begartBelopp\":-1}"), "begartBelopp");
        assertRefused(Api.post(avvikelser, styrgrupp, "{\"typ\":\"METOD\",\"beskrivning\":\" \"}"), "beskrivning");
        assertRefused(Api.post(avvikelser, styrgrupp, "{\"typ\":\"MAL\",\"beskrivning\":\"x\",\"ar\":2023}"), "ar");
        Api.Reply utanfor = Api.post(avvikelser, styrgrupp, "{\"typ\":\"BUDGET\",\"beskrivning\":\"x\",\"ar\":2019}");
        assertThat(utanfor.status()).isEqualTo(409);
        assertThat(utanfor.object().getString("code")).isEqualTo("AVV-104");

        Api.Reply metod = Api.post(avvikelser, KeycloakTokens.accessToken("habo.rapportor"),
                "{\"typ\":\"METOD\",\"beskrivning\":\"Metoden har ändrats efter styrgruppens beslut.\"}");
        assertThat(metod.status()).as(metod.body()).isEqualTo(200);
        long id = metod.object().getJsonNumber("id").longValue();

        assertThat(Api.post("/api/avvikelser/" + id + "/beslut", kansli, "{\"utfall\":\"GODKAND\",\"motivering\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(Api.post(avvikelser, KeycloakTokens.accessToken("af.styrgrupp"), "{\"typ\":\"METOD\",\"beskrivning\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(Api.get("/api/avvikelser/" + id, KeycloakTokens.accessToken("enkoping.rapportor")).status()).isEqualTo(404);
        Api.Reply delvis = Api.post("/api/avvikelser/" + id + "/beslut", forbundschef,
                "{\"utfall\":\"DELVIS_GODKAND\",\"belopp\":5,\"motivering\":\"x\"}");
        assertThat(delvis.status()).isEqualTo(400);
        assertThat(delvis.object().getString("code")).isEqualTo("AVV-001");
        Api.Reply utanMotivering = Api.post("/api/avvikelser/" + id + "/beslut", forbundschef, "{\"utfall\":\"GODKAND\"}");
        assertThat(fields(utanMotivering)).contains("motivering");
        assertThat(Api.get("/api/avvikelser/" + id, forbundschef).object().getBoolean("beslutad")).isFalse();
        assertThat(Api.post("/api/avvikelser/" + id + "/beslut", forbundschef, "{\"utfall\":\"AVSLAGEN\",\"motivering\":\"Metoden ska följa ansökan.\"}")
                .object().getJsonArray("beslut").getJsonObject(0).getString("utfallText")).isEqualTo("Avslagen");
    }

    private void grantBudget(int ar, String belopp) {
        long version = Api.get("/api/insatser/" + habo + "/ekonomi/" + ar, kansli).object().getJsonNumber("budgetVersion").longValue();
        Api.Reply r = Api.put("/api/insatser/" + habo + "/ekonomi/" + ar + "/budget", kansli,
                "{\"version\":" + version + ",\"belopp\":" + belopp + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private BigDecimal budget(int ar) {
        return Api.get("/api/insatser/" + habo + "/ekonomi/" + ar, kansli).object().getJsonNumber("budget").bigDecimalValue();
    }

    private static List<Long> ids(Api.Reply r) {
        return ((JsonArray) r.json()).getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static List<String> fields(Api.Reply r) {
        return r.object().getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")).toList();
    }

    private static void assertRefused(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.object().getString("code")).isEqualTo("AVV-001");
        assertThat(fields(reply)).contains(field);
    }
}
