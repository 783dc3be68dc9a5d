package se.finsam.uppfoljning.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import se.finsam.uppfoljning.devstack.EmbeddedDatabase;
import se.finsam.uppfoljning.devstack.ItStack;
import se.finsam.uppfoljning.devstack.Kluster;
import se.finsam.uppfoljning.devstack.PayaraMicro;
import se.finsam.uppfoljning.devstack.PayaraPool;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two Payara Micro nodes of the shipped WAR in one cluster, beside the shared test deployment: a
 * database of their own in the run's PostgreSQL (node A loads the demo data into it), the run's
 * Keycloak and SMTP server, HTTP on 18880 and 18881 (the realm lets both sign in), the data grid on
 * 127.0.0.1:15900–15901. Node A starts first and B once A's data grid is up, so that B joins A's cluster
 * instead of forming one of its own.
 */
public final class Klusternoder implements AutoCloseable {

    public static final String DATABASE = "uppfoljning_kluster";
    static final int HTTP_PORT = Integer.getInteger("it.cluster.http.port", 18880);
    static final int GRID_PORT = Integer.getInteger("it.cluster.grid.port", 15900);

    private final List<PayaraMicro> noder = new ArrayList<>();
    private final List<Nod> adresser = new ArrayList<>();

    /** One node's API, as a program calls it. */
    public record Nod(String baseUrl) {
        // HTTP/1.1 as in Api: the JDK client's h2c upgrade drops connections under load
        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();

        public Api.Reply get(String path, String token) {
            return send(request(path, token).GET().build());
        }

        public Api.Reply put(String path, String token, String json) {
            return send(request(path, token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        public Api.Reply post(String path, String token, String json) {
            return send(request(path, token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        public Api.Reply postBytes(String path, String token, String contentType, byte[] body) {
            return send(request(path, token).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        }

        /** The id of the demo insats with this code, as the kansli sees it. */
        public long insatsId(String kod) {
            Api.Reply r = get("/api/insatser", KeycloakTokens.accessToken("kansli"));
            return ((JsonArray) r.json()).getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("kod").equals(kod)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("ingen insats " + kod + ": " + r.body()))
                    .getJsonNumber("id").longValue();
        }

        private HttpRequest.Builder request(String path, String token) {
            return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + token);
        }

        private static Api.Reply send(HttpRequest request) {
            try {
                HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                return new Api.Reply(r.statusCode(), r.body());
            } catch (IOException e) {
                return new Api.Reply(-1, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Api.Reply(-1, e.toString());
            }
        }
    }

    public static Klusternoder start(int antal) throws IOException, InterruptedException {
        EmbeddedDatabase database = ItStack.database();
        database.createDatabase(DATABASE);
        Kluster kluster = new Kluster("uppfoljning-it", GRID_PORT, antal);
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        String pool = PayaraPool.commands("localhost", database.port(), DATABASE, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
        Klusternoder k = new Klusternoder();
        try {
            for (int i = 0; i < antal; i++) {
                int port = HTTP_PORT + i;
                Map<String, String> props = new LinkedHashMap<>();
                props.put("uppfoljning.demo-data", String.valueOf(i == 0));
                props.put("payara.security.openid.providerURI", KeycloakTokens.issuer());
                props.put("uppfoljning.epost.smtp-host", "localhost");
                props.put("uppfoljning.epost.smtp-port", System.getProperty("it.smtp.port"));
                props.put("uppfoljning.publik-url", "http://localhost:" + HTTP_PORT + "/" + Deployments.CONTEXT);
                PayaraMicro node = new PayaraMicro(stackDir, Path.of(System.getProperty("war.file")), port)
                        .withoutClassDataSharing().inCluster(kluster).start(pool, props);
                k.noder.add(node);
                k.adresser.add(new Nod("http://localhost:" + port + "/" + Deployments.CONTEXT));
                if (i < antal - 1) {
                    // Payara's own report of its data grid (Hazelcast's member list is not logged)
                    awaitLog(node, "Data Grid Status", Duration.ofMinutes(2));
                }
            }
            for (PayaraMicro node : k.noder) {
                node.awaitReady(Duration.ofMinutes(4));
            }
            awaitLog(k.noder.get(antal - 1), "DG Size: " + antal, Duration.ofSeconds(60));
        } catch (IOException | RuntimeException e) {
            k.close();
            throw e;
        }
        return k;
    }

    private static void awaitLog(PayaraMicro node, String text, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(node.logFile()) && Files.readString(node.logFile()).contains(text)) {
                return;
            }
            if (!node.isAlive()) {
                throw new IOException("Payara Micro avslutades under start, se " + node.logFile());
            }
            Thread.sleep(200);
        }
        throw new IOException("\"" + text + "\" syntes inte inom " + timeout.toSeconds() + " s i " + node.logFile());
    }

    public Nod nod(int i) {
        return adresser.get(i);
    }

    public PayaraMicro payara(int i) {
        return noder.get(i);
    }

    /** A connection straight to the nodes' database, past every cache. */
    public static Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + ItStack.database().port() + "/" + DATABASE,
                EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }

    @Override
    public void close() {
        noder.forEach(PayaraMicro::close);
    }
}
