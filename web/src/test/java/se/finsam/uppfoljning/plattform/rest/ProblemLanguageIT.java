package se.finsam.uppfoljning.plattform.rest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, must-show 4: the same malformed request asked in English and in Swedish gives the same
 * status, code and fields, with the texts for people in the language asked for. One request of each
 * kind of refusal: a body that is not JSON, fields of the wrong type, a rule of the business layer
 * with its fields, an unknown object, a missing token (answered below JAX-RS) and a role that does
 * not allow the operation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemLanguageIT {

    /** Letters English never needs: a Swedish sentence left in an English answer shows here. */
    private static final String SWEDISH_LETTERS = ".*[åäöÅÄÖ].*";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    record Request(String name, String method, String path, String user, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                new Request("inte JSON", "POST", "/api/insatser", "kansli", "{\"namn\": "),
                new Request("fel typer", "POST", "/api/insatser", "kansli",
                        "{\"namn\": 5, \"start\": \"i morgon\", \"slut\": true, \"okant\": 1}"),
                new Request("regel med fält", "POST", "/api/insatser", "kansli",
                        "{\"namn\": \"Språktest\", \"kortnamn\": \"Språktest\", \"agare\": \"habo\", \"typ\": \"INDIVIDINSATS\","
                                + " \"start\": \"2026-06-01\", \"slut\": \"2026-01-01\", \"mal\": [{\"beskrivning\": \"\"}]}"),
                new Request("finns inte", "GET", "/api/insatser/999999999", "kansli", null),
                new Request("ingen token", "GET", "/api/insatser", null, null),
                new Request("roll tillåter inte", "POST", "/api/insatser", "habo.rapportor", "{}"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void sameProblemInBothLanguages(Request r) {
        String token = r.user() == null ? null : KeycloakTokens.accessToken(r.user());
        Api.Reply sv = Api.send(r.method(), r.path(), token, r.body(), Map.of("Accept-Language", "sv-SE,sv;q=0.9"));
        Api.Reply en = Api.send(r.method(), r.path(), token, r.body(), Map.of("Accept-Language", "en-GB,en;q=0.9,sv;q=0.5"));

        assertThat(en.status()).as(r + ": " + en.body()).isBetween(400, 499).isEqualTo(sv.status());
        JsonObject svProblem = sv.object();
        JsonObject enProblem = en.object();
        assertThat(enProblem.getString("code")).isEqualTo(svProblem.getString("code"));
        assertThat(fieldNames(enProblem)).isEqualTo(fieldNames(svProblem));

        assertThat(svProblem.getString("detail")).as("the Swedish detail stays Swedish").isNotEqualTo(enProblem.getString("detail"));
        assertThat(enProblem.getString("detail")).as(r + ": " + en.body()).isNotBlank().doesNotMatch(SWEDISH_LETTERS);
        List<String> svMessages = fieldMessages(svProblem);
        List<String> enMessages = fieldMessages(enProblem);
        for (int i = 0; i < enMessages.size(); i++) {
            assertThat(enMessages.get(i)).as(r + " field " + fieldNames(enProblem).get(i) + ": " + en.body())
                    .doesNotMatch(SWEDISH_LETTERS).isNotEqualTo(svMessages.get(i));
        }
    }

    private static List<String> fieldNames(JsonObject problem) {
        return problem.getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field")).toList();
    }

    private static List<String> fieldMessages(JsonObject problem) {
        return problem.getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("message")).toList();
    }
}
