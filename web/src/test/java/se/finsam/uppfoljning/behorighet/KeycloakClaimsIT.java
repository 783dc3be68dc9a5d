package se.finsam.uppfoljning.behorighet;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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

/**
 * The contract between the realm in keycloak-realm/ and the application: what Keycloak puts in a
 * Håbo rapportör's token, and what the application makes of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakClaimsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void theRealmPutsRolesOrganisationAndForbundInTheAgreedClaims() {
        JsonObject claims = KeycloakTokens.claims(KeycloakTokens.accessToken("habo.rapportor"));
        assertThat(claims.getString("iss")).isEqualTo(KeycloakTokens.issuer());
        assertThat(claims.getJsonArray("groups").getValuesAs(JsonString::getString)).containsExactly("rapportor");
        assertThat(claims.getJsonArray("organization").getValuesAs(JsonString::getString)).containsExactly("habo");
        assertThat(claims.getString("forbund")).isEqualTo("uppsala-lan");
        assertThat(claims.getString("preferred_username")).isEqualTo("habo.rapportor");
    }

    @Test
    void theApplicationMapsAHaboUserToForbundOrganisationAndRole() {
        Api.Reply me = Api.get("/api/mig", KeycloakTokens.accessToken("habo.rapportor"));
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.object().getString("forbundsnamn")).isEqualTo("Samordningsförbundet Uppsala län");
        assertThat(me.object().getString("organisationsnamn")).isEqualTo("Håbo kommun");
        assertThat(me.object().getJsonArray("rolltexter").getValuesAs(JsonString::getString)).containsExactly("Rapportör");
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        assertThat(Api.get("/api/insatser", null).status()).isEqualTo(401);
        assertThat(Api.get("/api/kvartal/2022/2", KeycloakTokens.accessToken("habo.rapportor")).status()).isEqualTo(403);
    }

    @Test
    void aPersonWithoutRoleOrOrganisationIsRefusedClearly() {
        Api.Reply me = Api.get("/api/mig", KeycloakTokens.accessToken("utan.roll"));
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.object().getString("detail")).isEqualTo("Du har inte behörighet till detta.");
    }
}
