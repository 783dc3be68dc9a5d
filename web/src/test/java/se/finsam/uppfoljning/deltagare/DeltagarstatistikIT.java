package se.finsam.uppfoljning.deltagare;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An insats' participant statistics through the API: decoded first (400, nothing written), then
 * the rules (409 with the rule's code, or saved with the explanation a rule allows), a stale version
 * refused, the same figures saved twice changing nothing. Uses Enköping's Jobbcentrum in 2023
 * (extended to 2024), so the 2022 demo figures the tables are read from stay as they are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeltagarstatistikIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private String rapportor;
    private String path;

    @BeforeEach
    void signIn() {
        rapportor = KeycloakTokens.accessToken("enkoping.rapportor");
        path = "/api/insatser/" + Api.insatsId("enkoping-jobbcentrum") + "/deltagarstatistik/2023/1";
    }

    /** Continues 2022 (26 women, 29 men ongoing at its end); ends 28/31. */
    private static String figures(long version, int slutK, String forklaringar) {
        return "{\"version\":" + version + ",\"pagaendeStart\":{\"k\":26,\"m\":29},\"inregistrerade\":{\"k\":4,\"m\":4,\"summa\":8},"
                + "\"avslutade\":{\"k\":2,\"m\":2},\"avslutadeHelaPerioden\":{\"k\":32,\"m\":36},"
                + "\"pagaendeSlut\":{\"k\":" + slutK + ",\"m\":31},\"anonyma\":1,\"arbeteStudier\":{\"k\":1,\"m\":1},"
                + "\"handlingsplanProcent\":100,"
                + "\"avslutningsanledningar\":[{\"kod\":\"STUDERANDE\",\"k\":1,\"m\":1},{\"kod\":\"AKTIVT_ARBETSSOKANDE\",\"k\":1,\"m\":1}]"
                + (forklaringar == null ? "" : ",\"forklaringar\":" + forklaringar) + "}";
    }

    @Test
    void aBrokenRuleIsRefusedUntilCorrectedOrExplainedAndTheSameFiguresTwiceChangeNothing() {
        Api.Reply empty = Api.get(path, rapportor);
        assertThat(empty.status()).as(empty.body()).isEqualTo(200);
        assertThat(empty.object().getJsonNumber("version").longValue()).isZero();
        assertThat(empty.object().getJsonObject("foregaende").getInt("ar")).isEqualTo(2022);

        Api.Reply check = Api.post(path + "/kontroll", rapportor, figures(0, 29, null));
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        JsonArray brott = (JsonArray) check.json();
        assertThat(brott).hasSize(1);
        assertThat(brott.getJsonObject(0).getString("kod")).isEqualTo("DEL-012");
        assertThat(brott.getJsonObject(0).getString("falt")).isEqualTo("pagaendeSlut.k");

        Api.Reply refused = Api.put(path, rapportor, figures(0, 29, null));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.object().getString("code")).isEqualTo("DEL-012");
        assertThat(Api.get(path, rapportor).object().getJsonNumber("version").longValue()).as("nothing written").isZero();

        Api.Reply explained = Api.put(path, rapportor, figures(0, 29, "{\"DEL-012\":\"En deltagare registrerades i efterhand.\"}"));
        assertThat(explained.status()).as(explained.body()).isEqualTo(200);
        long version = explained.object().getJsonNumber("version").longValue();
        assertThat(explained.object().getJsonObject("forklaringar").getString("DEL-012")).startsWith("En deltagare");

        Api.Reply stale = Api.put(path, rapportor, figures(0, 28, null));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.object().getString("code")).isEqualTo("DEL-001");

        Api.Reply corrected = Api.put(path, rapportor, figures(version, 28, null));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        long after = corrected.object().getJsonNumber("version").longValue();
        assertThat(after).isGreaterThan(version);
        assertThat(corrected.object().getJsonObject("forklaringar")).as("the explanation goes with the broken rule").isEmpty();

        Api.Reply again = Api.put(path, rapportor, figures(after, 28, null));
        assertThat(again.object().getJsonNumber("version").longValue()).as("the same figures change nothing").isEqualTo(after);
    }

    @Test
    void undecodableFiguresAre400WithEveryFieldNamedAndNothingWritten() {
        String h2 = path.replace("/2023/1", "/2023/2");
        Api.Reply bad = Api.put(h2, rapportor, "{\"version\":0,\"inregistrerade\":{\"k\":-1,\"m\":2},"
                + "\"avslutningsanledningar\":[{\"kod\":\"SEMESTER\",\"k\":1,\"m\":0}],\"handlingsplanProcent\":120,"
                + "\"forklaringar\":{\"DEL-014\":\"x\"}}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.object().getString("code")).isEqualTo("DEL-002");
        assertThat(bad.object().getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")))
                .contains("pagaendeStart", "inregistrerade.k", "avslutningsanledningar[0].kod", "handlingsplanProcent",
                        "forklaringar.DEL-014");
        assertThat(Api.get(h2, rapportor).object().getJsonNumber("version").longValue()).isZero();

        Api.Reply wrongType = Api.put(h2, rapportor, "{\"version\":0,\"anonyma\":\"många\"}");
        assertThat(wrongType.status()).isEqualTo(400);

        Api.Reply badPeriod = Api.get(path.replace("/2023/1", "/2023/3"), rapportor);
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.object().getString("code")).isEqualTo("DEL-002");
    }
}
