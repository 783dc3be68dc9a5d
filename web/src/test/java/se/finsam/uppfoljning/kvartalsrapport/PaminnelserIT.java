package se.finsam.uppfoljning.kvartalsrapport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.devstack.ItStack;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;
import se.finsam.uppfoljning.it.RealmAdmin;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders by e-mail, received by an in-process SMTP server: a week before the deadline of 2022 Q3
 * (31 October 2022), on it and a week after, to the rapportör of a report not yet submitted; none
 * for a quarter whose reports are all approved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaminnelserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void beforeOnAndAfterTheDeadlineTheRapportorIsReminded() throws Exception {
        String kansli = KeycloakTokens.accessToken("kansli");
        for (String[] dagOchText : new String[][]{{"2022-10-24", "om 7 dagar"}, {"2022-10-31", "(i dag)"},
                {"2022-11-07", "för 7 dagar sedan"}}) {
            ItStack.mail().purgeEmailFromAllMailboxes();
            Api.Reply r = Api.post("/api/paminnelser/" + dagOchText[0], kansli, "");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.object().getInt("skickade")).isPositive();

            List<MimeMessage> toTierp = Arrays.stream(ItStack.mail().getReceivedMessages())
                    .filter(m -> recipient(m).equals("tierp-rapportor@tierp.se")).toList();
            assertThat(toTierp).as(dagOchText[0]).hasSize(1);
            MimeMessage m = toTierp.get(0);
            assertThat(m.getSubject()).contains("Tierp, Ung framtid, 2022 kvartal 3");
            assertThat(((String) m.getContent())).contains("senast 31 oktober 2022", dagOchText[1], "/kvartalsrapport.xhtml?insats=");
        }
    }

    /** A rapportör who chose English in the sign-in service is reminded in English. */
    @Test
    void inTheLanguageTheRapportorChose() throws Exception {
        String id = RealmAdmin.get("/uppfoljning/users?exact=true&username=tierp.rapportor");
        JsonObject user = Json.createReader(new StringReader(id)).readArray().getJsonObject(0);
        String path = "/uppfoljning/users/" + user.getString("id");
        JsonObject full = Json.createReader(new StringReader(RealmAdmin.get(path))).readObject();
        JsonObject attributes = full.containsKey("attributes") ? full.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT;
        RealmAdmin.send("PUT", path, Json.createObjectBuilder(full).add("attributes", Json.createObjectBuilder(attributes)
                .add("locale", Json.createArrayBuilder().add("en"))).build().toString());
        try {
            ItStack.mail().purgeEmailFromAllMailboxes();
            Api.Reply r = Api.post("/api/paminnelser/2022-11-07", KeycloakTokens.accessToken("kansli"), "");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            MimeMessage m = Arrays.stream(ItStack.mail().getReceivedMessages())
                    .filter(x -> recipient(x).equals("tierp-rapportor@tierp.se")).findFirst().orElseThrow();
            assertThat(m.getSubject()).isEqualTo("Overdue quarterly report: Tierp, Ung framtid, 2022 quarter 3");
            assertThat((String) m.getContent()).contains("is due by 31 October 2022 (7 days ago)", "/kvartalsrapport.xhtml?insats=");
        } finally {
            RealmAdmin.send("PUT", path, full.toString());
        }
    }

    @Test
    void noReminderForReportsAlreadyApproved() throws Exception {
        ItStack.mail().purgeEmailFromAllMailboxes();
        // every demo insats' report for 2022 Q4 is approved; its deadline is 31 January 2023
        Api.Reply r = Api.post("/api/paminnelser/2023-01-31", KeycloakTokens.accessToken("kansli"), "");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.object().getInt("skickade")).isZero();
        assertThat(ItStack.mail().getReceivedMessages()).isEmpty();
    }

    @Test
    void aBadDateIsAClearError() {
        Api.Reply r = Api.post("/api/paminnelser/31-10-2022", KeycloakTokens.accessToken("kansli"), "");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.object().getString("code")).isEqualTo("KVR-010");
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
