package se.finsam.uppfoljning.kvartalsrapport;

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
import se.finsam.uppfoljning.it.Samtidigt;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** 50 clients save the same version of a report at once: exactly one wins, 49 get 409. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentSaveIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void fiftyConcurrentSavesOfOneVersionExactlyOneSucceeds() throws Exception {
        String token = KeycloakTokens.accessToken("tierp.rapportor");
        String path = Rapporter.path(Api.insatsId("tierp-ung-framtid"), 2022, 1);
        Api.Reply created = Api.put(path, token, "{\"version\":0,\"meddelande\":\"start\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long version = Rapporter.version(created.object());

        List<Api.Reply> done = Samtidigt.skicka(50, i -> Api.put(path, token, "{\"version\":" + version + ",\"meddelande\":\"klient " + i + "\"}"));

        Map<Integer, Long> byStatus = done.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
        assertThat(byStatus).as(done.stream().filter(r -> r.status() != 200 && r.status() != 409)
                .map(Api.Reply::body).findFirst().orElse("")).containsOnly(Map.entry(200, 1L), Map.entry(409, 49L));
        String winner = done.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().object().getString("meddelande");
        Api.Reply stored = Api.get(path, token);
        assertThat(stored.object().getString("meddelande")).isEqualTo(winner);
        assertThat(Rapporter.version(stored.object())).isEqualTo(version + 1);
        assertThat(done.stream().filter(r -> r.status() == 409).map(r -> r.object().getString("code"))
                .collect(Collectors.toSet())).containsOnly("KVR-002");
    }

}
