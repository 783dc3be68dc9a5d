package se.finsam.uppfoljning.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test (docs/drift.md, decision 0031): one node, then two nodes of a cluster on the same
 * database. Prints the report read's saturation throughput on one node and spread over two, the stale
 * reads of 100 saves each read back at once on the other node, and the failover gap: node A is
 * killed (SIGKILL, as a crashed machine) under load from clients that send each request to the next
 * node in turn and, when a node does not answer, to the other; the gap runs from the kill until every
 * client has had an answer again.
 * Last line: {@code RESULT failover_gap_s=<s> stale_reads=<n> two_node_vs_one=<ratio>}.
 */
public final class ClusterBenchmark {

    private static final int PORT = Integer.getInteger("bench.http", 18980);
    private static final int GRID = Integer.getInteger("bench.grid", 16900);
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    private static final int CLIENTS = 16;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    private ClusterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        Path war = Path.of(System.getProperty("war.file"));
        Path pgData = stackDir.resolve("pgdata-clusterbench");
        LocalKeycloak.deleteRecursively(pgData);
        try (EmbeddedDatabase db = new EmbeddedDatabase(Files.createDirectories(pgData), Integer.getInteger("bench.db", 15732)).start();
             LocalKeycloak kc = new LocalKeycloak(LocalKeycloak.distribution(stackDir), Path.of(System.getProperty("realm.dir")),
                     Integer.getInteger("bench.keycloak", 18680)).start()) {
            Map<String, String> props = Map.of("uppfoljning.demo-data", "true", "payara.security.openid.providerURI", kc.issuer(),
                    "java.util.logging.ConsoleHandler.level", "WARNING");
            String kansli = ApiBenchmark.token(HTTP, kc, "kansli");
            // Keycloak's tokens live 5 minutes: the cluster's phase takes its own
            String rapportor = ApiBenchmark.token(HTTP, kc, "tierp.rapportor");
            String a = "http://localhost:" + PORT + "/uppfoljning/api";
            String b = "http://localhost:" + (PORT + 1) + "/uppfoljning/api";

            double one;
            String report;
            try (PayaraMicro alone = new PayaraMicro(stackDir, war, PORT).start(db.poolCommands(), props)) {
                alone.awaitReady(Duration.ofMinutes(3));
                report = "/insatser/" + insatsId(a, kansli, "tierp-ung-framtid") + "/kvartalsrapporter/2022/1";
                send("PUT", a + report, rapportor, "{\"version\":0,\"meddelande\":\"start\"}");
                one = throughput(List.of(a), report, rapportor);
            }
            System.out.printf("en nod: %.0f läsningar/s%n", one);

            Kluster kluster = new Kluster("uppfoljning-bench", GRID, 2);
            try (PayaraMicro nodA = new PayaraMicro(stackDir, war, PORT).inCluster(kluster);
                 PayaraMicro nodB = new PayaraMicro(stackDir, war, PORT + 1).inCluster(kluster)) {
                // one after the other: B joins A's cluster instead of forming one of its own beside it
                nodA.start(db.poolCommands(), props).awaitReady(Duration.ofMinutes(3));
                nodB.start(db.poolCommands(), props).awaitReady(Duration.ofMinutes(3));
                rapportor = ApiBenchmark.token(HTTP, kc, "tierp.rapportor");
                int stale = staleReads(a, b, report, rapportor);
                System.out.printf("inaktuella läsningar: %d av 100%n", stale);
                double two = throughput(List.of(a, b), report, rapportor);
                System.out.printf("två noder: %.0f läsningar/s (%.2f × en nod)%n", two, two / one);
                double gap = failoverGap(nodA, List.of(a, b), report, rapportor);
                System.out.printf("glapp efter att nod A dödats: %.2f s%n", gap);
                System.out.println("Kärnor: " + Runtime.getRuntime().availableProcessors() + ", belastning nu: " + ApiBenchmark.load());
                System.out.printf("RESULT failover_gap_s=%.2f stale_reads=%d two_node_vs_one=%.2f%n", gap, stale, two / one);
            }
        }
    }

    /** Reads per second of {@link #CLIENTS} clients in a closed loop, each request to the next node in turn. */
    private static double throughput(List<String> nodes, String report, String token) throws Exception {
        AtomicLong answers = new AtomicLong();
        return clients((client, i) -> {
            if (send("GET", nodes.get(i % nodes.size()) + report, token, null).statusCode() == 200) {
                answers.incrementAndGet();
            }
        }, () -> {
            Thread.sleep(2000);
            long before = answers.get();
            long start = System.nanoTime();
            Thread.sleep(MEASURE.toMillis());
            return (answers.get() - before) / ((System.nanoTime() - start) / 1e9);
        });
    }

    /** One step of a client's loop: its {@code i}-th request. */
    private interface Client {
        void request(int client, int i) throws Exception;
    }

    /** {@link #CLIENTS} clients looping until {@code during} has measured what it measures. */
    private static <T> T clients(Client c, Callable<T> during) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> loops = new ArrayList<>();
            for (int n = 0; n < CLIENTS; n++) {
                int client = n;
                loops.add(pool.submit(() -> {
                    for (int i = client; running.get(); i++) {
                        c.request(client, i);
                    }
                    return null;
                }));
            }
            T result = during.call();
            running.set(false);
            for (Future<?> f : loops) {
                f.get();
            }
            return result;
        }
    }

    private static int staleReads(String a, String b, String report, String token) throws Exception {
        long version = version(send("GET", a + report, token, null));
        int stale = 0;
        for (int i = 0; i < 100; i++) {
            String writer = i % 2 == 0 ? a : b;
            String reader = i % 2 == 0 ? b : a;
            version = version(send("PUT", writer + report, token, "{\"version\":" + version + ",\"meddelande\":\"mätning " + i + "\"}"));
            JsonObject read = json(send("GET", reader + report, token, null));
            if (read.getJsonNumber("version").longValue() != version || !read.getString("meddelande").equals("mätning " + i)) {
                stale++;
            }
        }
        return stale;
    }

    private static double failoverGap(PayaraMicro nodA, List<String> nodes, String report, String token) throws Exception {
        AtomicLong killedAt = new AtomicLong();
        long[] firstAnswerAfter = new long[CLIENTS];
        clients((client, i) -> {
            int status = answer(nodes.get(i % 2), report, token);
            if (status < 0) {
                status = answer(nodes.get((i + 1) % 2), report, token);
            }
            long killed = killedAt.get();
            if (status == 200 && killed != 0 && firstAnswerAfter[client] == 0) {
                firstAnswerAfter[client] = System.nanoTime();
            }
        }, () -> {
            Thread.sleep(3000);
            ProcessHandle.of(nodA.pid()).ifPresent(ProcessHandle::destroyForcibly);
            killedAt.set(System.nanoTime());
            Thread.sleep(10_000);
            return null;
        });
        long last = killedAt.get();
        for (long t : firstAnswerAfter) {
            last = Math.max(last, t == 0 ? killedAt.get() + 10_000_000_000L : t);
        }
        return (last - killedAt.get()) / 1e9;
    }

    private static int answer(String node, String report, String token) {
        try {
            return send("GET", node + report, token, null).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long insatsId(String base, String token, String kod) throws Exception {
        return Json.createReader(new StringReader(send("GET", base + "/insatser", token, null).body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("kod").equals(kod)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> send(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return HTTP.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static long version(HttpResponse<String> r) {
        return json(r).getJsonNumber("version").longValue();
    }
}
