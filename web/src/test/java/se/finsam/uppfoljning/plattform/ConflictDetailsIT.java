package se.finsam.uppfoljning.plattform;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, must-show 5: for every record two people can edit — budget, rekvisition, participant
 * statistics, final report, PM text, question set — one reads version v, another saves from v
 * (200), and the first one's save from v is refused 409 with the component's code and, in
 * {@code fields}, each field changed since v and who changed it.
 *
 * <p>The records are the test's own: an individinsats of its own in this (open) year, ending within
 * two months so that its final report can be written ({@link Egeninsats}), and PM texts and question
 * sets of a year no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConflictDetailsIT {

    /** A year of PM texts and question sets of this test's own. */
    private static final int AR = 2091;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private static final int I_AR = Egeninsats.iAr();
    private static Long insats;

    /** Made once, when the first test needs it (the deployment is up by then). */
    private static synchronized long insats() {
        if (insats == null) {
            insats = Egeninsats.skapa("konflikt-it", 500_000, LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(60),
                    "INDIVIDINSATS");
        }
        return insats;
    }

    private static String kansli() {
        return KeycloakTokens.accessToken("kansli");
    }

    private static String rapportor() {
        return KeycloakTokens.accessToken("habo.rapportor");
    }

    @Test
    void budget() {
        String path = "/api/insatser/" + insats() + "/ekonomi/" + I_AR;
        long v = Api.get(path, kansli()).object().getJsonNumber("budgetVersion").longValue();
        ok(Api.put(path + "/budget", kansli(), "{\"version\":" + v + ",\"belopp\":600000}"));

        assertChanged(Api.put(path + "/budget", kansli(), "{\"version\":" + v + ",\"belopp\":700000}"),
                "BUD-001", "beviljat", "kansli");
    }

    @Test
    void rekvisition() {
        String rekvisitioner = "/api/insatser/" + insats() + "/rekvisitioner";
        long v = ok(Api.post(rekvisitioner, rapportor(), "{\"ar\":" + I_AR + ",\"kvartal\":1,\"belopp\":1000}"))
                .getJsonNumber("version").longValue();
        ok(Api.post(rekvisitioner + "/" + I_AR + "/1/retur", kansli(), "{\"version\":" + v + ",\"kommentar\":\"Bifoga underlag.\"}"));

        assertChanged(Api.post(rekvisitioner + "/" + I_AR + "/1/godkannande", kansli(), "{\"version\":" + v + "}"),
                "BUD-104", "status", "kansli");
    }

    @Test
    void statistics() {
        String path = "/api/insatser/" + insats() + "/deltagarstatistik/" + I_AR + "/1";
        long v0 = Api.get(path, rapportor()).object().getJsonNumber("version").longValue();
        long v = ok(Api.put(path, rapportor(), statistik(v0, 0))).getJsonNumber("version").longValue();
        ok(Api.put(path, kansli(), statistik(v, 1)));

        JsonObject stale = assertChanged(Api.put(path, rapportor(), statistik(v, 2)), "DEL-001", "inregistrerade", "kansli");
        assertThat(fields(stale)).as("one entry per changed figure of the one audit row")
                .containsKeys("inregistrerade", "pagaendeSlut").doesNotContainKey("avslutade");
    }

    /** {@code nya} women registered and still ongoing at the end: consistent figures. */
    private static String statistik(long version, int nya) {
        return "{\"version\":" + version + ",\"pagaendeStart\":{\"k\":0,\"m\":0},\"inregistrerade\":{\"k\":" + nya + ",\"m\":0},"
                + "\"avslutade\":{\"k\":0,\"m\":0},\"avslutadeHelaPerioden\":{\"k\":0,\"m\":0},"
                + "\"pagaendeSlut\":{\"k\":" + nya + ",\"m\":0},\"anonyma\":0,\"arbeteStudier\":{\"k\":0,\"m\":0}}";
    }

    @Test
    void finalReport() {
        String path = "/api/insatser/" + insats() + "/slutrapport";
        long v = ok(Api.put(path, rapportor(), slutrapport(0, "Samordning."))).getJsonNumber("version").longValue();
        ok(Api.put(path, kansli(), slutrapport(v, "Samordning av stöd till arbete.")));

        assertChanged(Api.put(path, rapportor(), slutrapport(v, "Något annat.")), "SLR-102", "syfte", "kansli");
    }

    private static String slutrapport(long version, String syfte) {
        return "{\"version\":" + version + ",\"syfte\":\"" + syfte + "\","
                + "\"mal\":[{\"nummer\":1,\"utfall\":\"Delvis.\",\"uppnatt\":false}]}";
    }

    @Test
    void pmText() {
        String texter = "/api/pm/" + AR + "/1/texter";
        long v = ((JsonArray) Api.get(texter, kansli()).json()).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("avsnitt").equals("BAKGRUND")).findFirst().orElseThrow()
                .getJsonNumber("version").longValue();
        ok(Api.put(texter + "/BAKGRUND", kansli(), "{\"version\":" + v + ",\"text\":\"Bakgrund " + System.nanoTime() + ".\"}"));

        assertChanged(Api.put(texter + "/BAKGRUND", KeycloakTokens.accessToken("forbundschef"),
                "{\"version\":" + v + ",\"text\":\"En annan bakgrund.\"}"), "PM-003", "BAKGRUND", "kansli");
    }

    @Test
    void questionSet() {
        String sets = "/api/fragebatterier/" + AR;
        long v = ((JsonArray) Api.get(sets, kansli()).json()).getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getInt("franKvartal") == 1).findFirst()
                .map(b -> b.getJsonNumber("version").longValue()).orElse(0L);
        long efter = ok(Api.put(sets + "/1?version=" + v, kansli(), fraga("Har styrgruppen mötts? " + System.nanoTime())))
                .getJsonNumber("version").longValue();
        assertThat(efter).as("every accepted save moves the version on").isGreaterThan(v);

        assertChanged(Api.put(sets + "/1?version=" + v, kansli(), fraga("Har styrgruppen träffats?")),
                "KVR-016", "fraga.konflikt_mote", "kansli");
        ok(Api.put(sets + "/1?version=" + efter, kansli(), fraga("Har styrgruppen träffats?")));
    }

    private static String fraga(String text) {
        return "[{\"kod\":\"konflikt_mote\",\"rubrik\":\"Möten\",\"text\":\"" + text
                + "\",\"svarstyp\":\"JA_NEJ\",\"forklaringKravsVid\":[]}]";
    }

    private static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    /** 409 with the code, and the field listed as changed by the user, from what to what. */
    private static JsonObject assertChanged(Api.Reply reply, String code, String field, String user) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        JsonObject problem = reply.object();
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(fields(problem)).as(reply.body()).containsKey(field);
        assertThat(fields(problem).get(field)).startsWith("Ändrat av " + user + ": ").contains(" → ");
        return problem;
    }

    private static Map<String, String> fields(JsonObject problem) {
        List<JsonObject> fields = problem.getJsonArray("fields").getValuesAs(JsonObject.class);
        return fields.stream().collect(Collectors.toMap(f -> f.getString("field"), f -> f.getString("message"), (a, b) -> b));
    }
}
