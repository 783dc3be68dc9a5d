package se.finsam.uppfoljning.kvartalsrapport;

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
import se.finsam.uppfoljning.it.KeycloakTokens;
import se.finsam.uppfoljning.it.Rapporter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole quarterly cycle through the API with real tokens against real PostgreSQL: the Håbo
 * rapportör drafts and submits the report for 2022 Q3, the office returns it with a comment, the
 * rapportör corrects and resubmits, the office approves, an edit after approval is refused, the
 * office unlocks — and the audit trail has a row for each step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KvartalsrapportCycleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void draftSubmitReturnResubmitApproveLockedUnlock() {
        String rapportor = KeycloakTokens.accessToken("habo.rapportor");
        String kansli = KeycloakTokens.accessToken("kansli");
        long habo = Api.insatsId("habo-framsteget");
        String path = Rapporter.path(habo, 2022, 3);

        Api.Reply blank = Api.get(path, rapportor);
        assertThat(blank.status()).as(blank.body()).isEqualTo(200);
        assertThat(blank.object().getString("status")).isEqualTo("UTKAST");
        assertThat(Rapporter.version(blank.object())).isZero();
        assertThat(blank.object().getJsonArray("svar")).as("the question set in force from Q3 2022").hasSize(8);

        // submitting an empty draft names every missing answer and changes nothing
        Api.Reply saved = Api.put(path, rapportor, "{\"version\":0,\"meddelande\":\"Första utkast\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Api.Reply incomplete = Api.post(path + "/inskick", rapportor, Rapporter.version(Rapporter.version(saved.object())));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.object().getString("code")).isEqualTo("KVR-004");
        assertThat(incomplete.object().getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("field")).contains("mal[1].status", "mal[1].prognos", "vakansSof");
        assertThat(Api.get(path, rapportor).object().getString("status")).isEqualTo("UTKAST");

        Api.Reply filled = Api.put(path, rapportor, Rapporter.complete(saved.object(), "Allt enligt plan."));
        assertThat(filled.status()).as(filled.body()).isEqualTo(200);
        Api.Reply submitted = Api.post(path + "/inskick", rapportor, Rapporter.version(Rapporter.version(filled.object())));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.object().getString("status")).isEqualTo("INSKICKAD");

        // while the office reviews, the rapportör cannot change it
        assertThat(Api.put(path, rapportor, Rapporter.complete(submitted.object(), "ändrat")).status()).isEqualTo(409);

        Api.Reply returned = Api.post(path + "/retur", kansli, "{\"version\":" + Rapporter.version(submitted.object())
                + ",\"mal\":\"Beskriv hur målet om antal deltagare följs upp.\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.object().getString("status")).isEqualTo("RETURNERAD");
        assertThat(returned.object().getJsonArray("kommentarer").getValuesAs(JsonObject.class))
                .extracting(k -> k.getString("sektion") + ":" + k.getString("text"))
                .containsExactly("MAL:Beskriv hur målet om antal deltagare följs upp.");

        Api.Reply corrected = Api.put(path, rapportor, Rapporter.complete(returned.object(), "Målet följs upp månadsvis i styrgruppen."));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        Api.Reply resubmitted = Api.post(path + "/inskick", rapportor, Rapporter.version(Rapporter.version(corrected.object())));
        assertThat(resubmitted.object().getString("status")).isEqualTo("INSKICKAD");

        Api.Reply approved = Api.post(path + "/godkannande", kansli, Rapporter.version(Rapporter.version(resubmitted.object())));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.object().getString("status")).isEqualTo("GODKAND");
        assertThat(approved.object().getString("godkandAv")).isEqualTo("kansli");
        assertThat(approved.object().getBoolean("kanRedigera")).isFalse();

        Api.Reply afterApproval = Api.put(path, rapportor, Rapporter.complete(approved.object(), "sent ändrat"));
        assertThat(afterApproval.status()).isEqualTo(409);
        assertThat(afterApproval.object().getString("code")).isEqualTo("KVR-001");

        // only the office unlocks
        assertThat(Api.post(path + "/upplasning", rapportor, Rapporter.version(Rapporter.version(approved.object()))).status())
                .isEqualTo(403);
        Api.Reply unlocked = Api.post(path + "/upplasning", kansli, Rapporter.version(Rapporter.version(approved.object())));
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(unlocked.object().getString("status")).isEqualTo("RETURNERAD");

        Api.Reply history = Api.get(path + "/historik", kansli);
        assertThat(history.status()).isEqualTo(200);
        List<JsonObject> rows = ((JsonArray) history.json()).getValuesAs(JsonObject.class);
        assertThat(rows).filteredOn(r -> r.getString("falt").equals("status"))
                .extracting(r -> r.getString("vem") + ":" + r.getString("fore") + "→" + r.getString("efter"))
                .containsExactly(
                        "habo.rapportor:UTKAST→INSKICKAD",
                        "kansli:INSKICKAD→RETURNERAD",
                        "habo.rapportor:RETURNERAD→INSKICKAD",
                        "kansli:INSKICKAD→GODKAND",
                        "kansli:GODKAND→RETURNERAD");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.getString("falt")).isEqualTo("upplast");
            assertThat(r.getString("vem")).isEqualTo("kansli");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.getString("falt")).isEqualTo("meddelande");
            assertThat(r.getString("fore", null)).isEqualTo("Allt enligt plan.");
            assertThat(r.getString("efter", null)).isEqualTo("Målet följs upp månadsvis i styrgruppen.");
        });
        // the rapportör does not read the audit trail
        assertThat(Api.get(path + "/historik", rapportor).status()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedPerFieldAndNothingIsWritten() {
        String rapportor = KeycloakTokens.accessToken("habo.rapportor");
        long habo = Api.insatsId("habo-framsteget");
        String path = Rapporter.path(habo, 2022, 1);

        Api.Reply unknownStatus = Api.put(path, rapportor,
                "{\"version\":0,\"mal\":[{\"nummer\":1,\"status\":\"KANSKE\"}]}");
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.object().getString("code")).isEqualTo("KVR-003");
        assertThat(unknownStatus.object().getJsonArray("fields").getJsonObject(0).getString("field")).isEqualTo("mal[1].status");
        assertThat(Rapporter.version(Api.get(path, rapportor).object())).as("nothing written").isZero();

        Api.Reply tooLong = Api.put(path, rapportor, "{\"version\":0,\"meddelande\":\"" + "x".repeat(4001) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.object().getJsonArray("fields").getJsonObject(0).getString("field")).isEqualTo("meddelande");

        Api.Reply wrongQuarter = Api.put(Rapporter.path(habo, 2022, 5), rapportor, "{\"version\":0}");
        assertThat(wrongQuarter.status()).isEqualTo(400);
        assertThat(wrongQuarter.object().getString("code")).isEqualTo("KVR-007");

        Api.Reply beforeStart = Api.put(Rapporter.path(habo, 2021, 4), rapportor, "{\"version\":0}");
        assertThat(beforeStart.status()).as("Framsteget 2.0 started 2022-01-01").isEqualTo(400);

        Api.Reply future = Api.put(Rapporter.path(habo, 2099, 1), rapportor, "{\"version\":0}");
        assertThat(future.status()).isEqualTo(400);

        Api.Reply unknownQuestion = Api.put(path, rapportor, "{\"version\":0,\"svar\":[{\"fraga\":\"finns_inte\",\"svar\":\"JA\"}]}");
        assertThat(unknownQuestion.status()).isEqualTo(400);
        assertThat(Rapporter.version(Api.get(path, rapportor).object())).as("nothing written").isZero();
    }

    @Test
    void aStaleSaveIsAConflictThatSaysWhatChanged() {
        String rapportor = KeycloakTokens.accessToken("uppsala.rapportor");
        long insats = Api.insatsId("uppsala-lokussamordnare");
        String path = Rapporter.path(insats, 2022, 3);
        Api.Reply first = Api.put(path, rapportor, "{\"version\":0,\"meddelande\":\"A\"}");
        long v = Rapporter.version(first.object());
        assertThat(Api.put(path, rapportor, "{\"version\":" + v + ",\"meddelande\":\"B\"}").status()).isEqualTo(200);

        Api.Reply stale = Api.put(path, rapportor, "{\"version\":" + v + ",\"meddelande\":\"C\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.object().getString("code")).isEqualTo("KVR-002");
        assertThat(stale.object().getJsonArray("fields").getValuesAs(JsonObject.class))
                .anySatisfy(f -> {
                    assertThat(f.getString("field")).isEqualTo("meddelande");
                    assertThat(f.getString("message")).contains("\"A\"", "\"B\"", "uppsala.rapportor");
                });
        assertThat(Api.get(path, rapportor).object().getString("meddelande")).isEqualTo("B");
    }
}
