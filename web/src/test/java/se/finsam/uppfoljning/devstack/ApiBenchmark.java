package se.finsam.uppfoljning.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Not a test: latency (p50/p99) and throughput of reading an insats' quarterly report and saving a
 * draft, with 200 concurrent clients on loopback, beside a bare JAX-RS endpoint on the same server.
 * Each client has its own insats (200 are registered for the run), so saves do not conflict.
 * Targets: p99 ≤ 50 ms read, ≤ 100 ms save, read throughput ≥ 60 % of the bare endpoint.
 */
public final class ApiBenchmark {

    static final int CLIENTS = Integer.getInteger("clients", 200);
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("warmup", 10));
    static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("seconds", 20));
    static final int PORT = 18380;

    private ApiBenchmark() {
    }

    record Result(String name, long requests, long errors, double seconds, long[] latenciesMicros) {
        double throughput() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            return latenciesMicros[(int) Math.min(latenciesMicros.length - 1, Math.ceil(p * latenciesMicros.length) - 1)] / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        Path pgData = stackDir.resolve("pgdata-apibench");
        LocalKeycloak.deleteRecursively(pgData);
        try (EmbeddedDatabase db = new EmbeddedDatabase(Files.createDirectories(pgData), 15632).start();
             LocalKeycloak kc = new LocalKeycloak(LocalKeycloak.distribution(stackDir), Path.of(System.getProperty("realm.dir")), 18480).start();
             PayaraMicro payara = new PayaraMicro(stackDir, Path.of(System.getProperty("war.file")), PORT)) {
            payara.start(db.poolCommands(), Map.of("uppfoljning.demo-data", "true",
                    "payara.security.openid.providerURI", kc.issuer(), "java.util.logging.ConsoleHandler.level", "WARNING"));
            payara.awaitReady(Duration.ofMinutes(3));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            String base = "http://localhost:" + PORT + "/uppfoljning/api";
            String kansli = token(http, kc, "kansli");
            String rapportor = token(http, kc, "habo.rapportor");
            long[] insatser = registerInsatser(http, base, kansli, rapportor);
            long[] versions = new long[CLIENTS];
            for (int i = 0; i < CLIENTS; i++) {
                HttpResponse<String> r = send(http, put(base + report(insatser[i]), rapportor, "{\"version\":0,\"meddelande\":\"start\"}"));
                versions[i] = Json.createReader(new StringReader(r.body())).readObject().getJsonNumber("version").longValue();
            }

            IntFunction<HttpRequest> bare = i -> get(base + "/ping", rapportor);
            IntFunction<HttpRequest> read = i -> get(base + report(insatser[i]), rapportor);
            run(http, "uppvärmning", bare, WARMUP, null);
            run(http, "uppvärmning", read, WARMUP, null);
            List<Result> results = new ArrayList<>();
            results.add(run(http, "bar JAX-RS (GET /api/ping)", bare, MEASURE, null));
            results.add(run(http, "läsa kvartalsrapport (GET)", read, MEASURE, null));
            results.add(run(http, "spara utkast (PUT)", i -> null, MEASURE, (i, n) -> {
                String body = "{\"version\":" + versions[i] + ",\"meddelande\":\"sparning " + n + "\"}";
                return put(base + report(insatser[i]), rapportor, body);
            }, versions));

            System.out.printf("%n%d samtidiga klienter, %d s mätning per fall, loopback, %d kärnor, JVM %s%n",
                    CLIENTS, MEASURE.toSeconds(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            System.out.printf("%-32s %10s %10s %10s %8s%n", "fall", "p50 ms", "p99 ms", "anrop/s", "fel");
            for (Result r : results) {
                System.out.printf("%-32s %10.1f %10.1f %10.0f %8d%n", r.name(), r.percentileMs(0.50), r.percentileMs(0.99),
                        r.throughput(), r.errors());
            }
            System.out.printf("läsning i förhållande till bar endpoint: %.0f %% (mål ≥ 60 %%)%n",
                    100 * results.get(1).throughput() / results.get(0).throughput());
            System.out.printf("mål: p99 läsning ≤ 50 ms (%s), p99 sparning ≤ 100 ms (%s)%n",
                    results.get(1).percentileMs(0.99) <= 50 ? "uppnått" : "ej uppnått",
                    results.get(2).percentileMs(0.99) <= 100 ? "uppnått" : "ej uppnått");
        }
    }

    interface Save {
        HttpRequest request(int client, long n);
    }

    private static Result run(HttpClient http, String name, IntFunction<HttpRequest> request, Duration duration, Save save) throws Exception {
        return run(http, name, request, duration, save, null);
    }

    private static Result run(HttpClient http, String name, IntFunction<HttpRequest> request, Duration duration, Save save,
                              long[] versions) throws Exception {
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    long[] local = new long[1 << 16];
                    int count = 0;
                    long n = 0;
                    try {
                        while (System.nanoTime() < end) {
                            HttpRequest req = save != null ? save.request(client, n++) : request.apply(client);
                            long t0 = System.nanoTime();
                            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                            long micros = (System.nanoTime() - t0) / 1000;
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            } else if (versions != null) {
                                versions[client] = Json.createReader(new StringReader(r.body())).readObject()
                                        .getJsonNumber("version").longValue();
                            }
                            if (count == local.length) {
                                local = Arrays.copyOf(local, count * 2);
                            }
                            local[count++] = micros;
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    } finally {
                        samples.add(Arrays.copyOf(local, count));
                        done.countDown();
                    }
                    return null;
                });
            }
            done.await();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, all.length, errors.get(), seconds, all);
    }

    private static long[] registerInsatser(HttpClient http, String base, String kansli, String rapportor) throws Exception {
        JsonArrayBuilder insatser = Json.createArrayBuilder();
        for (int i = 0; i < CLIENTS; i++) {
            insatser.add(Json.createObjectBuilder().add("kod", String.format("bench-%03d", i))
                    .add("namn", "Håbo, mätinsats " + i).add("kortnamn", "Mätinsats " + i).add("typ", "INDIVIDINSATS")
                    .add("agare", "habo").add("samverkansparter", Json.createArrayBuilder().add("arbetsformedlingen"))
                    .add("start", "2022-01-01").add("slut", "2023-12-31").add("forlangningar", Json.createArrayBuilder())
                    .add("status", "AKTIV").add("mal", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("nummer", 1).add("beskrivning", "Mätmål")))
                    .add("tilldelningar", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("anvandare", "habo.rapportor").add("roll", "rapportor")))
                    .add("sortering", 100 + i));
        }
        String paket = Json.createObjectBuilder().add("format", "uppfoljning-datapaket/1").add("forbund", "uppsala-lan")
                .add("period", Json.createObjectBuilder().add("ar", 2022).add("halvar", 2)).add("insatser", insatser).build().toString();
        HttpResponse<String> imported = send(http, HttpRequest.newBuilder(URI.create(base + "/datapaket"))
                .header("Authorization", "Bearer " + kansli).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(paket)).build());
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("import: " + imported.statusCode() + " " + imported.body());
        }
        HttpResponse<String> list = send(http, get(base + "/insatser", rapportor));
        return Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kod").startsWith("bench-")).mapToLong(o -> o.getJsonNumber("id").longValue())
                .sorted().toArray();
    }

    private static String report(long insats) {
        return "/insatser/" + insats + "/kvartalsrapporter/2022/3";
    }

    private static String token(HttpClient http, LocalKeycloak kc, String user) throws Exception {
        String form = "grant_type=password&client_id=" + TestClient.CLIENT_ID + "&client_secret=" + TestClient.SECRET + "&scope=openid%20organization"
                + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(kc.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest put(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }
}
