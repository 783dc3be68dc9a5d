package se.finsam.uppfoljning.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.devstack.DeploymentGuide;
import se.finsam.uppfoljning.devstack.EmbeddedDatabase;
import se.finsam.uppfoljning.devstack.ItStack;
import se.finsam.uppfoljning.devstack.PayaraServer;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plug-in deployment of the README ("Into an existing Payara Server"), tried: the WAR the build
 * made, deployed into a fresh domain of the full Payara Server 6 from Maven Central, configured by
 * running the README's own {@code asadmin} lines with this run's database, Keycloak and files in place
 * of the example values. Not an Arquillian test: Arquillian's container here is Payara Micro. It uses
 * the run's PostgreSQL (a database of its own, so its Flyway migration and demo import start from
 * nothing and cannot disturb the register the other tests share) and the run's Keycloak.
 */
class PayaraServerDeployIT {

    /** A database beside the shared one: the Payara Micro of the other tests may be running on that. */
    private static final String DATABASE = "uppfoljning_server";
    /** The secret of the realm's {@code uppfoljning-web} client, which the demo realm sets. */
    private static final String WEB_CLIENT_SECRET = "demo-secret-uppfoljning-web";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static PayaraServer server;

    @BeforeAll
    static void deployAsTheReadmeSays() throws Exception {
        List<String> commands = localise(DeploymentGuide.read().serverCommands());

        EmbeddedDatabase database = ItStack.database();
        database.createDatabase(DATABASE);
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        // all ports from one base, derived from the run's HTTP port so parallel runs on other ports do
        // not meet: 18580 → admin 18628, HTTP 18660, HTTPS 18661, IIOP 18617–18619, JMX 18666, ...
        int portBase = Integer.getInteger("it.payara-server.portbase", Integer.getInteger("it.http.port") + 500);
        server = new PayaraServer(PayaraServer.distribution(stackDir), stackDir.resolve("payara-server/domains"),
                portBase, Map.of("UPPFOLJNING_CLIENT_SECRET", WEB_CLIENT_SECRET));
        long t0 = System.nanoTime();
        server.createDomain();
        long t1 = System.nanoTime();
        server.start();
        long t2 = System.nanoTime();

        // Not in the README's list: the demo register, so that the API call below reads data that
        // Flyway's schema and the demo import put there inside this server.
        server.shell("asadmin set-config-property --propertyName=uppfoljning.demo-data --propertyValue=true"
                + " --source=domain", Duration.ofMinutes(1));
        long deploy = 0;
        for (String command : commands) {
            deploy = System.nanoTime();
            server.shell(command, Duration.ofMinutes(command.startsWith("asadmin deploy") ? 6 : 1));
        }
        long t3 = System.nanoTime();
        awaitReady(Duration.ofMinutes(2));
        // where the time goes, for whoever watches the suite's length
        System.out.printf("PayaraServerDeployIT: create-domain %d s, start-domain %d s, configuration %d s, deploy %d s,"
                + " ready %d s%n", seconds(t1 - t0), seconds(t2 - t1), seconds(deploy - t2), seconds(t3 - deploy),
                seconds(System.nanoTime() - t3));
    }

    private static long seconds(long nanos) {
        return Math.round(nanos / 1e9);
    }

    @AfterAll
    static void stopDomain() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void healthReadyAnswersUp() {
        HttpResponse<String> ready = get("/health/ready", null);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
    }

    @Test
    void bearerTokenApiCallsAnswer200() {
        String token = KeycloakTokens.accessToken("kansli");

        HttpResponse<String> mig = get("/uppfoljning/api/mig", token);
        assertThat(mig.statusCode()).as(mig.body() + "\n" + server.logTail(40)).isEqualTo(200);

        HttpResponse<String> insatser = get("/uppfoljning/api/insatser", token);
        assertThat(insatser.statusCode()).as(insatser.body() + "\n" + server.logTail(40)).isEqualTo(200);
        JsonArray list = Json.createReader(new StringReader(insatser.body())).readArray();
        assertThat(list).as("the demo insatser, imported by the application inside Payara Server").isNotEmpty();
        assertThat(list.getValuesAs(JsonObject.class)).allMatch(i -> i.containsKey("kod"));
    }

    @Test
    void noBearerTokenNoApi() {
        assertThat(get("/uppfoljning/api/insatser", null).statusCode()).isEqualTo(401);
    }

    /**
     * The README's lines with this run's values for the example ones. Every example value must be
     * there to be replaced: if the README changes them, the test says so instead of deploying something
     * else than it documents.
     */
    private static List<String> localise(List<String> readmeCommands) {
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put("postgresql-" + System.getProperty("postgresql.version") + ".jar",
                Path.of(System.getProperty("stack.dir"), "postgresql.jar").toString());
        replacements.put(DeploymentGuide.examplePoolProperties(), DeploymentGuide.poolProperties("localhost",
                ItStack.database().port(), DATABASE, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD));
        replacements.put(DeploymentGuide.EXAMPLE_PROVIDER_URI, ItStack.keycloak().issuer());
        replacements.put(" " + DeploymentGuide.EXAMPLE_WAR, " " + System.getProperty("war.file"));
        List<String> commands = new ArrayList<>(readmeCommands);
        replacements.forEach((example, value) -> {
            boolean found = false;
            for (int i = 0; i < commands.size(); i++) {
                if (commands.get(i).contains(example)) {
                    commands.set(i, commands.get(i).replace(example, value));
                    found = true;
                }
            }
            assertThat(found).as("README, \"%s\": the commands no longer contain the example value \"%s\" "
                    + "that the test replaces; update README or test", DeploymentGuide.SERVER_SECTION, example).isTrue();
        });
        return commands;
    }

    /** Waits for MicroProfile Health's readiness; fails with the server log's tail if it never comes. */
    private static void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(request("/health/ready", null), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Payara Server: /health/ready blev inte UP inom " + timeout.toSeconds() + " s (" + last
                + ")\n--- slutet av " + server.logFile() + " ---\n" + server.logTail(80));
    }

    private static HttpResponse<String> get(String path, String token) {
        try {
            return HTTP.send(request(path, token), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + ": " + e + "\n" + server.logTail(40), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static HttpRequest request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }
}
