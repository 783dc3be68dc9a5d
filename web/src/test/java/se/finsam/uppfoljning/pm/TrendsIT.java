package se.finsam.uppfoljning.pm;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.Egeninsats;
import se.finsam.uppfoljning.it.KeycloakTokens;
import se.finsam.uppfoljning.it.Webbsession;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, must-show 3 (the API half): {@code GET /api/utveckling} holds, for every half-year, what
 * that half-year's PM prints — table 4's kvot per insats as {@code /api/pm/{år}/{halvår}/budget} gives
 * it, table 6's counts and the outcome table's shares per insats and in total as
 * {@code /api/statistik/{år}/{halvår}/tabeller} gives them — for both 2022 half-years of the demo and
 * for a third, this year's second half-year (the running one, which no test freezes: PmFreezeIT
 * freezes the first), into which the test imports an individinsats of its own with a budget, an
 * approved rekvisition and the year's statistics: they are a point of their own. Where a half-year is
 * frozen (other tests freeze 2022's), table 4 is compared with the frozen PM's, as the board reads it. A steering
 * group member follows only the insatser of their steering groups; the board is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrendsIT {

    static final String KOD = "trend-tredje";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private static int ar;

    @BeforeAll
    static void tredjeHalvaret() {
        ar = Egeninsats.iAr();
        String paket = """
                {"format": "uppfoljning-datapaket/2", "forbund": "uppsala-lan", "period": {"ar": %2$d, "halvar": 2},
                 "insatser": [%4$s],
                 "budgetar": [{"insats": "%1$s", "ar": %2$d, "belopp": 400000}],
                 "rekvisitioner": [{"insats": "%1$s", "ar": %2$d, "kvartal": 1, "belopp": 90000, "status": "GODKAND",
                                    "inskickad": "%2$d-04-20", "beslutad": "%2$d-04-29",
                                    "kostnadsrader": [{"text": "Personalkostnader", "belopp": 90000}]}],
                 "deltagarstatistik": [{"insats": "%1$s", "ar": %2$d, "halvar": 2, "siffror": {
                     "uttagsdatum": "%3$s", "pagaendeStart": {"k": 0, "m": 0}, "inregistrerade": {"k": 7, "m": 5},
                     "avslutade": {"k": 3, "m": 2}, "avslutadeHelaPerioden": {"k": 3, "m": 2}, "pagaendeSlut": {"k": 4, "m": 3},
                     "anonyma": 0, "arbeteStudier": {"k": 1, "m": 0}, "handlingsplanProcent": 100, "kodlista": 1,
                     "anledningarUttagsdatum": "%3$s",
                     "avslutningsanledningar": [{"kod": "STUDERANDE", "k": 1, "m": 0}, {"kod": "AKTIVT_ARBETSSOKANDE", "k": 2, "m": 2}],
                     "malgrupp": {"uttagsdatum": "%3$s", "antal": {"k": 7, "m": 5},
                                  "fordelning": [{"kategori": "ALDER_UNDER_30", "k": 7, "m": 5},
                                                 {"kategori": "FORSORJNING_INGEN", "k": 7, "m": 5},
                                                 {"kategori": "UTBILDNING_GYMNASIUM", "k": 7, "m": 5}],
                                  "snittdagarK": null, "snittdagarM": null},
                     "forklaringar": []}}]}
                """.formatted(KOD, ar, LocalDate.now(ZoneId.of("Europe/Stockholm")),
                Egeninsats.post(KOD, "Trendinsats", "INDIVIDINSATS", ar, LocalDate.of(ar, 12, 31)));
        Api.Reply r = Api.post("/api/datapaket", kansli(), paket);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void theSeriesAreEachHalfYearsPmTables() {
        JsonObject u = utveckling("", kansli());
        for (int[] h : List.of(new int[]{2022, 1}, new int[]{2022, 2}, new int[]{ar, 2})) {
            String namn = h[0] + " H" + h[1];
            assertThat(u.getJsonArray("perioder").getValuesAs(JsonObject.class))
                    .as(namn + " is a half-year with data").anyMatch(p -> p.getInt("ar") == h[0] && p.getInt("halvar") == h[1]);
            JsonObject statistik = ok(Api.get("/api/statistik/" + h[0] + "/" + h[1] + "/tabeller", kansli()));
            JsonObject t6 = statistik.getJsonObject("deltagare");
            JsonObject utfall = statistik.getJsonObject("utfall");

            JsonObject forbundet = punkt(u.getJsonObject("forbund"), h).orElseThrow();
            for (String kolumn : List.of("inregistrerade", "avslutade", "pagaende")) {
                assertThat(km(forbundet, kolumn)).as(namn + " förbundet " + kolumn).isEqualTo(km(t6, kolumn));
            }
            assertThat(text(forbundet, "andelK")).as(namn + " förbundet andel K").isEqualTo(text(utfall, "andelK"));
            assertThat(text(forbundet, "andelM")).as(namn + " förbundet andel M").isEqualTo(text(utfall, "andelM"));

            for (JsonObject rad : t6.getJsonArray("rader").getValuesAs(JsonObject.class)) {
                JsonObject p = insatspunkt(u, rad.getJsonNumber("insatsId").longValue(), h);
                for (String kolumn : List.of("inregistrerade", "avslutade", "pagaende")) {
                    assertThat(km(p, kolumn)).as(namn + " " + rad.getString("insats") + " " + kolumn).isEqualTo(km(rad, kolumn));
                }
            }
            for (JsonObject rad : utfall.getJsonArray("rader").getValuesAs(JsonObject.class)) {
                JsonObject p = insatspunkt(u, rad.getJsonNumber("insatsId").longValue(), h);
                assertThat(text(p, "andelK") + "|" + text(p, "andelM")).as(namn + " " + rad.getString("insats") + " andelar")
                        .isEqualTo(text(rad, "andelK") + "|" + text(rad, "andelM"));
            }
            boolean fryst = u.getJsonArray("perioder").getValuesAs(JsonObject.class).stream()
                    .anyMatch(p -> p.getInt("ar") == h[0] && p.getInt("halvar") == h[1] && p.getBoolean("faststallt"));
            JsonObject budget = ok(Api.get("/api/pm/" + h[0] + "/" + h[1] + "/budget",
                    KeycloakTokens.accessToken(fryst ? "styrelse" : "kansli")));
            int kvoter = 0;
            for (JsonObject rad : budget.getJsonArray("rader").getValuesAs(JsonObject.class)) {
                JsonObject kolumn = rad.getJsonObject(h[1] == 2 ? "helaAret" : "forstaHalvaret");
                if (kolumn.getJsonNumber("budget").doubleValue() == 0 && kolumn.getJsonNumber("utfall").doubleValue() == 0) {
                    continue;
                }
                JsonObject p = insatspunkt(u, rad.getJsonNumber("insatsId").longValue(), h);
                assertThat(p.getString("forbrukningskvot")).as(namn + " " + rad.getString("namn") + " kvot")
                        .isEqualTo(kolumn.getString("forbrukningskvot"));
                kvoter++;
            }
            assertThat(kvoter).as(namn + " table 4 has kvoter").isPositive();
        }
        // the test's own insats is a point of its own in the third half-year, with the figures it was given
        JsonObject egen = insatspunkt(u, Api.insatsId(KOD), new int[]{ar, 2});
        assertThat(km(egen, "inregistrerade")).isEqualTo("7/5/12");
        assertThat(km(egen, "avslutade")).isEqualTo("3/2/5");
        assertThat(km(egen, "pagaende")).isEqualTo("4/3/7");
        assertThat(egen.getJsonObject("andelK").getInt("varde")).as("1 of 3 ended women to studies").isEqualTo(33);
        assertThat(egen.getString("forbrukningskvot")).isNotEqualTo("–");
        assertThat(serie(u, Api.insatsId(KOD)).getJsonArray("punkter").getValuesAs(JsonObject.class))
                .as("no point before the insats started").allMatch(p -> p.getInt("ar") == ar);
    }

    @Test
    void aSteeringGroupFollowsOnlyItsInsatserAndAComparisonOnlyTheChosen() {
        long framsteget = Api.insatsId("habo-framsteget");
        long egen = Api.insatsId(KOD);
        JsonObject region = utveckling("", KeycloakTokens.accessToken("region.styrgrupp"));
        assertThat(saknas(region, "forbund")).as("no förbund totals for a steering group").isTrue();
        Set<Long> synliga = ((jakarta.json.JsonArray) Api.get("/api/insatser", KeycloakTokens.accessToken("region.styrgrupp")).json())
                .getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertThat(ids(region)).contains(framsteget, egen).isSubsetOf(synliga);
        assertThat(ids(utveckling("", KeycloakTokens.accessToken("af.styrgrupp")))).doesNotContain(framsteget, egen);

        JsonObject jamforelse = utveckling("?insats=" + framsteget + "&insats=" + egen, kansli());
        assertThat(ids(jamforelse)).containsExactlyInAnyOrder(framsteget, egen);
        assertThat(saknas(jamforelse, "forbund")).isFalse();
    }

    @Test
    void theSeriesComeAsXlsxAndOthersAreRefused() {
        Api.Fil xlsx = Api.file("/api/utveckling/xlsx", kansli(), null);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        for (String vem : List.of("styrelse", "habo.rapportor", "rapportdesigner")) {
            assertThat(Api.get("/api/utveckling", KeycloakTokens.accessToken(vem)).status()).as(vem).isEqualTo(403);
        }
    }

    @Test
    void thePageHandsTheChosenSeriesOutAsXlsxAndShowsASteeringGroupOnlyItsInsatser() {
        long egen = Api.insatsId(KOD);
        Webbsession.Svar xlsx = Webbsession.signIn("kansli").get("/utveckling.xhtml?format=xlsx&insats=" + egen);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith("PK");
        Webbsession.Svar sida = Webbsession.signIn("region.styrgrupp").get("/utveckling.xhtml");
        assertThat(sida.status()).isEqualTo(200);
        assertThat(sida.body()).contains("id=\"inregistrerade-" + egen + "\"")
                .doesNotContain("id=\"inregistrerade-forbundet\"", "id=\"inregistrerade-" + Api.insatsId("enkoping-jobbcentrum") + "\"");
    }

    private static JsonObject utveckling(String fraga, String token) {
        return ok(Api.get("/api/utveckling" + fraga, token));
    }

    private static JsonObject ok(Api.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.object();
    }

    private static Set<Long> ids(JsonObject u) {
        return u.getJsonArray("insatser").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("insatsId").longValue()).collect(Collectors.toSet());
    }

    private static JsonObject serie(JsonObject u, long insats) {
        return u.getJsonArray("insatser").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("insatsId").longValue() == insats).findFirst()
                .orElseThrow(() -> new AssertionError("no series of insats " + insats));
    }

    private static Optional<JsonObject> punkt(JsonObject serie, int[] h) {
        return serie.getJsonArray("punkter").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("ar") == h[0] && p.getInt("halvar") == h[1]).findFirst();
    }

    private static JsonObject insatspunkt(JsonObject u, long insats, int[] h) {
        return punkt(serie(u, insats), h).orElseThrow(() -> new AssertionError("insats " + insats + " has no point " + h[0] + " H" + h[1]));
    }

    private static String km(JsonObject o, String falt) {
        JsonObject km = o.getJsonObject(falt);
        return km.getInt("k") + "/" + km.getInt("m") + "/" + km.getInt("summa");
    }

    private static String text(JsonObject o, String falt) {
        return saknas(o, falt) ? "null" : o.getJsonObject(falt).getString("text");
    }

    /** JSON-B leaves a null out. */
    private static boolean saknas(JsonObject o, String falt) {
        return !o.containsKey(falt) || o.isNull(falt);
    }

    private static String kansli() {
        return KeycloakTokens.accessToken("kansli");
    }
}
