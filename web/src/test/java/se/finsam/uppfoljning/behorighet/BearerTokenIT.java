package se.finsam.uppfoljning.behorighet;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API against the real Keycloak: no token 401, a valid token 200, the wrong role 403. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BearerTokenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void withoutTokenTheApiAnswers401WithAProblemBody() {
        Api.Reply reply = Api.get("/api/mig", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(((JsonObject) reply.json()).getString("code")).isEqualTo("PLT-401");
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = KeycloakTokens.accessToken("habo.rapportor");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(Api.get("/api/mig", forged).status()).isEqualTo(401);
        assertThat(Api.get("/api/mig", "abc.def.ghi").status()).isEqualTo(401);
        assertThat(Api.get("/api/mig", "").status()).isEqualTo(401);
    }

    @Test
    void aValidTokenGives200AndTheCallerFromItsClaims() {
        Api.Reply reply = Api.get("/api/mig", KeycloakTokens.accessToken("habo.rapportor"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject me = (JsonObject) reply.json();
        assertThat(me.getString("anvandarnamn")).isEqualTo("habo.rapportor");
        assertThat(me.getString("forbund")).isEqualTo("uppsala-lan");
        assertThat(me.getString("organisation")).isEqualTo("habo");
        assertThat(me.getString("organisationsnamn")).isEqualTo("Håbo kommun");
        assertThat(me.getJsonArray("roller").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("rapportor");
    }

    @Test
    void theWrongRoleGets403() {
        Api.Reply reply = Api.get("/api/partners", KeycloakTokens.accessToken("habo.rapportor"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(((JsonObject) reply.json()).getString("code")).isEqualTo("PLT-403");
    }

    @Test
    void theRightRoleGets200() {
        Api.Reply reply = Api.get("/api/partners", KeycloakTokens.accessToken("kansli"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).contains("Håbo kommun", "Region Uppsala");
    }
}
