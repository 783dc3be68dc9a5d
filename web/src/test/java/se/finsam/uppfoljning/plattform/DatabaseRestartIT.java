package se.finsam.uppfoljning.plattform;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL is stopped and started under a steady run of writes. The pool must drop its dead
 * connections and use the database again within 10 s, without a restart of the application,
 * and every write that was acknowledged must still be there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseRestartIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void requestsSucceedAgainWithin10sAfterARestartAndNoCommittedRowIsLost() throws Exception {
        String token = KeycloakTokens.accessToken("systemadmin");
        List<String> acknowledged = new ArrayList<>();
        String run = Long.toString(System.nanoTime(), 36);

        for (int i = 0; i < 10; i++) {
            write(token, run, i, acknowledged);
        }
        assertThat(acknowledged).hasSize(10);

        ItStack.database().stop();
        // while the database is down, requests fail cleanly (no hang, no partial write)
        Api.Reply whileDown = Api.post("/api/partners", token, body(run + "-nere", "Nere"));
        assertThat(whileDown.status()).isGreaterThanOrEqualTo(500);
        ItStack.database().start();
        long restarted = System.nanoTime();

        int i = 100;
        long recoveredAfterMs = -1;
        while (System.nanoTime() - restarted < 30_000_000_000L) {
            if (write(token, run, i++, acknowledged)) {
                recoveredAfterMs = (System.nanoTime() - restarted) / 1_000_000;
                break;
            }
            Thread.sleep(200);
        }
        assertThat(recoveredAfterMs).as("ms until the first successful write after restart")
                .isBetween(0L, 10_000L);
        for (int j = 0; j < 10; j++) {
            write(token, run, 200 + j, acknowledged);
        }

        Api.Reply list = Api.get("/api/partners", token);
        assertThat(list.status()).isEqualTo(200);
        Set<String> stored = ((JsonArray) list.json()).getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("organisation")).collect(Collectors.toSet());
        assertThat(stored).containsAll(acknowledged);
        assertThat(stored).doesNotContain("it-" + run + "-nere");
    }

    private static boolean write(String token, String run, int i, List<String> acknowledged) {
        String organisation = "it-" + run + "-" + i;
        Api.Reply reply = Api.post("/api/partners", token, body(organisation, "Omstartskommun " + i));
        if (reply.status() == 201) {
            acknowledged.add(organisation);
            return true;
        }
        return false;
    }

    private static String body(String organisation, String namn) {
        return "{\"organisation\":\"" + organisation + "\",\"namn\":\"" + namn + "\",\"typ\":\"KOMMUN\"}";
    }
}
