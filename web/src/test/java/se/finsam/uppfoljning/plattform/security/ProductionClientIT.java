package se.finsam.uppfoljning.plattform.security;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production client follows OAuth 2.1: no password grant (tests get their tokens from a client
 * that only the test realm has). The session cookie a browser gets is HttpOnly and SameSite=Lax.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductionClientIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void thePasswordGrantOnTheProductionClientIsRefused() throws Exception {
        String form = "grant_type=password&scope=openid&client_id=uppfoljning-web&client_secret=demo-secret-uppfoljning-web"
                + "&username=kansli&password=" + KeycloakTokens.PASSWORD;
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(KeycloakTokens.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isIn(400, 401);
        assertThat(r.body()).contains("unauthorized_client").doesNotContain("access_token");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> cookies = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).toList();
        assertThat(cookies).as("Set-Cookie: " + r.headers().allValues("Set-Cookie")).isNotEmpty();
        assertThat(cookies).allSatisfy(c -> {
            assertThat(c).containsIgnoringCase("HttpOnly");
            assertThat(c).containsIgnoringCase("SameSite=Lax");
            // the test stack runs on plain http: Secure would make the browser drop the cookie
            assertThat(c).doesNotContainIgnoringCase("Secure");
        });
    }
}
