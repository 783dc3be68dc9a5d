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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Not a test: latency and throughput of reading an insats' quarterly report and saving a draft,
 * beside a bare JAX-RS endpoint on the same server, with the load generator on the same machine.
 *
 * <p>Two kinds of load. <b>Open loop</b> (the figures that matter): requests are due at a fixed
 * rate (50, 100, 200 per second) whether or not earlier ones have returned, and each latency is
 * counted from the moment the request was due, not from when it was sent, so a server stall shows
 * up in every request that should have been sent during it (the coordinated omission that wrk2 and
 * HdrHistogram correct). <b>Closed loop</b>: a fixed number of clients that each send the next
 * request when the last one returns; that only measures queueing at high client counts, so it is
 * used for the saturation throughput alone.
 *
 * <p>Saves need the version they start from. Every insats registered for the run has its own
 * report and the generator keeps its current version: a save takes an insats no other save is
 * using, so a conflict (409) is not expected and is counted apart, never as a latency sample. A
 * save that finds no free insats waits for one, and that wait is part of its latency.
 *
 * <p>Targets on 2 cores: p99 ≤ 50 ms read and ≤ 100 ms save at 100 per second, read saturation
 * throughput ≥ 60 % of the bare endpoint's. Knobs: {@code -Dseconds}, {@code -Dwarmup},
 * {@code -Dclients} (closed loop), {@code -Drates=50,100,200}, {@code -Djfr=true} (a flight
 * recording of Payara Micro during the measurement, written next to its log).
 */
public final class ApiBenchmark {

    static final int CLIENTS = Integer.getInteger("clients", 32);
    /** More reports than saves in flight at the highest rate, so saves never wait for a report. */
    static final int INSATSER = Integer.getInteger("insatser", 300);
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("warmup", 10));
    static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("seconds", 10));
    static final int[] RATES = Arrays.stream(System.getProperty("rates", "50,100,200").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    /** Every GET the office may call is measured at this rate ({@code -Dget.rate}) for {@code -Dget.seconds} each. */
    static final int GET_RATE = Integer.getInteger("get.rate", 50);
    static final Duration GET_SECONDS = Duration.ofSeconds(Integer.getInteger("get.seconds", 5));
    /** For working on one slow read: only the paths matching {@code -Dget.paths} (a regex), and with {@code -Dget.only=true} nothing else. */
    static final java.util.regex.Pattern GET_PATHS = java.util.regex.Pattern.compile(System.getProperty("get.paths", ".*"));
    static final boolean GET_ONLY = Boolean.getBoolean("get.only");
    /** Ports: {@code -Dbench.http}, {@code -Dbench.keycloak}, {@code -Dbench.db}, so that runs beside other stacks do not collide. */
    static final int PORT = Integer.getInteger("bench.http", 18380);

    private ApiBenchmark() {
    }

    /** Latency samples in microseconds, the statuses that were not 200, and the wall time they took. */
    record Result(String name, long[] latenciesMicros, long conflicts, long errors, double seconds) {

        double throughput() {
            return latenciesMicros.length / seconds;
        }

        double percentileMs(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p * latenciesMicros.length) - 1;
            return latenciesMicros[Math.clamp(rank, 0, latenciesMicros.length - 1)] / 1000.0;
        }

        double maxMs() {
            return latenciesMicros.length == 0 ? Double.NaN : latenciesMicros[latenciesMicros.length - 1] / 1000.0;
        }
    }

    /** One kind of request: builds it for a slot, and hears how it went (the save keeps versions). */
    interface Case {
        String name();

        /** Blocks until the case can send (a save waits for a free report); returns the slot. */
        int acquire() throws InterruptedException;

        HttpRequest request(int slot, long n);

        void done(int slot, HttpResponse<String> response);
    }

    public static void main(String[] args) throws Exception {
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        Path pgData = stackDir.resolve("pgdata-apibench");
        LocalKeycloak.deleteRecursively(pgData);
        List<String> jvm = new ArrayList<>();
        if (Boolean.getBoolean("jfr")) {
            jvm.add("-XX:StartFlightRecording=filename=" + stackDir.resolve("apibench.jfr") + ",settings=profile,delay="
                    + (WARMUP.toSeconds() * 3 + 20) + "s");
            // Payara's request stacks run deeper than JFR's default 64 frames: the profile must see the resource
            jvm.add("-XX:FlightRecorderOptions:stackdepth=1024");
        }
        try (EmbeddedDatabase db = new EmbeddedDatabase(Files.createDirectories(pgData), Integer.getInteger("bench.db", 15632)).start();
             LocalKeycloak kc = new LocalKeycloak(LocalKeycloak.distribution(stackDir), Path.of(System.getProperty("realm.dir")), Integer.getInteger("bench.keycloak", 18480)).start();
             PayaraMicro payara = new PayaraMicro(stackDir, Path.of(System.getProperty("war.file")), PORT)) {
            payara.start(db.poolCommands(), Map.of("uppfoljning.demo-data", "true",
                    "payara.security.openid.providerURI", kc.issuer(), "java.util.logging.ConsoleHandler.level", "WARNING"), jvm);
            payara.awaitReady(Duration.ofMinutes(3));
            // one client for the whole run; its own threads are virtual, like the simulated users
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            String base = "http://localhost:" + PORT + "/uppfoljning/api";
            String kansli = token(http, kc, "kansli");
            // every read the office can make, on the demo data as it is (its förbund's 15 insatser), before
            // the 300 insatser the saves below need are registered in the same förbund; printed after the
            // figures above so that they read as before
            EveryGet.Measured gets = EveryGet.measure(http, base, new Token(http, kc, "kansli"), GET_RATE, GET_SECONDS);
            if (GET_ONLY) {
                EveryGet.print(gets, GET_RATE, GET_SECONDS);
                ApiBenchmark.Result worst = gets.worst().orElse(missing());
                System.out.printf("RESULT worst_get_p99_ms_at_%drps=%.1f worst_get=%s%n", GET_RATE, worst.percentileMs(0.99),
                        worst.name().replace(" @ " + GET_RATE + "/s", "").replace(' ', '_'));
                return;
            }
            Token rapportor = new Token(http, kc, "habo.rapportor");
            long[] insatser = registerInsatser(http, base, kansli, rapportor);
            AtomicLongArray versions = new AtomicLongArray(insatser.length);
            for (int i = 0; i < insatser.length; i++) {
                HttpResponse<String> r = send(http, put(base + report(insatser[i]), rapportor.get(), "{\"version\":0,\"meddelande\":\"start\"}"));
                versions.set(i, version(r));
            }

            Case bare = new Stateless("bar JAX-RS (GET /api/ping)", insatser.length, i -> get(base + "/ping", rapportor.get()));
            Case read = new Stateless("läsa kvartalsrapport (GET)", insatser.length, i -> get(base + report(insatser[i]), rapportor.get()));
            Case save = new Saves(http, base, rapportor, insatser, versions);
            List<Case> cases = List.of(bare, read, save);
            for (Case c : cases) {
                closedLoop(http, c, WARMUP);
            }
            String loadBefore = load();
            Map<String, Map<Integer, Result>> open = new LinkedHashMap<>();
            Map<String, Result> saturation = new LinkedHashMap<>();
            for (Case c : cases) {
                Map<Integer, Result> byRate = new LinkedHashMap<>();
                for (int rate : RATES) {
                    byRate.put(rate, openLoop(http, c, rate, MEASURE));
                }
                open.put(c.name(), byRate);
                saturation.put(c.name(), closedLoop(http, c, MEASURE));
            }
            print(open, saturation, loadBefore);
            double readP99 = open.get(read.name()).getOrDefault(100, missing()).percentileMs(0.99);
            double saveP99 = open.get(save.name()).getOrDefault(100, missing()).percentileMs(0.99);
            double ratio = 100 * saturation.get(read.name()).throughput() / saturation.get(bare.name()).throughput();
            EveryGet.print(gets, GET_RATE, GET_SECONDS);
            ApiBenchmark.Result worst = gets.worst().orElse(missing());
            System.out.printf("RESULT read_p99_ms_at_100rps=%.1f save_p99_ms_at_100rps=%.1f read_vs_bare_saturation=%.0f"
                            + " worst_get_p99_ms_at_50rps=%.1f worst_get=%s%n",
                    readP99, saveP99, ratio, worst.percentileMs(0.99), worst.name().replace(" @ " + GET_RATE + "/s", "").replace(' ', '_'));
        }
    }

    /**
     * Requests due every 1/rate seconds from the start; one virtual thread per request, so a slow
     * answer never delays the next request. The latency runs from the due time to the answer.
     */
    static Result openLoop(HttpClient http, Case c, int rate, Duration duration) throws Exception {
        int total = (int) (rate * duration.toSeconds());
        long interval = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        AtomicInteger samples = new AtomicInteger();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime() + 50_000_000L;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < total; n++) {
                long due = start + n * interval;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                long seq = n;
                senders.submit(() -> {
                    try {
                        int slot = c.acquire();
                        HttpResponse<String> r = http.send(c.request(slot, seq), HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - due) / 1000;
                        c.done(slot, r);
                        count(r.statusCode(), micros, latencies, samples, conflicts, errors);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    return null;
                });
            }
        } // close() waits for the last answers
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, samples.get());
        Arrays.sort(sorted);
        return new Result(c.name() + " @ " + rate + "/s", sorted, conflicts.get(), errors.get(), seconds);
    }

    /** {@link #CLIENTS} clients, each sending its next request when the last one returned. */
    static Result closedLoop(HttpClient http, Case c, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        List<long[]> perClient = new ArrayList<>();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
            for (int k = 0; k < CLIENTS; k++) {
                futures.add(clients.submit(() -> {
                    long[] local = new long[1 << 14];
                    AtomicInteger count = new AtomicInteger();
                    long n = 0;
                    while (System.nanoTime() < end) {
                        try {
                            int slot = c.acquire();
                            long t0 = System.nanoTime();
                            HttpResponse<String> r = http.send(c.request(slot, n++), HttpResponse.BodyHandlers.ofString());
                            long micros = (System.nanoTime() - t0) / 1000;
                            c.done(slot, r);
                            if (count.get() == local.length) {
                                local = Arrays.copyOf(local, local.length * 2);
                            }
                            count(r.statusCode(), micros, local, count, conflicts, errors);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return Arrays.copyOf(local, count.get());
                }));
            }
            for (var f : futures) {
                perClient.add(f.get());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(c.name() + ", " + CLIENTS + " klienter", all, conflicts.get(), errors.get(), seconds);
    }

    /** Only answers that did the work are latency samples; a 409 or an error is counted beside them. */
    private static void count(int status, long micros, long[] latencies, AtomicInteger samples,
                              AtomicLong conflicts, AtomicLong errors) {
        if (status == 200) {
            latencies[samples.getAndIncrement()] = micros;
        } else if (status == 409) {
            conflicts.incrementAndGet();
        } else {
            errors.incrementAndGet();
        }
    }

    /** Reads need no state: any slot will do, spread over all reports. */
    record Stateless(String name, int slots, java.util.function.IntFunction<HttpRequest> build) implements Case {
        private static final AtomicInteger NEXT = new AtomicInteger();

        @Override
        public int acquire() {
            return Math.floorMod(NEXT.getAndIncrement(), slots);
        }

        @Override
        public HttpRequest request(int slot, long n) {
            return build.apply(slot);
        }

        @Override
        public void done(int slot, HttpResponse<String> response) {
        }
    }

    /**
     * Saves: each takes a report no other save holds, sends the version it knows, and keeps the
     * version the answer gives. After a 409 it reads the report again, so one conflict cannot turn
     * every later save of that report into another.
     */
    static final class Saves implements Case {
        private final HttpClient http;
        private final String base;
        private final Token token;
        private final long[] insatser;
        private final AtomicLongArray versions;
        private final BlockingQueue<Integer> free = new LinkedBlockingQueue<>();

        Saves(HttpClient http, String base, Token token, long[] insatser, AtomicLongArray versions) {
            this.http = http;
            this.base = base;
            this.token = token;
            this.insatser = insatser;
            this.versions = versions;
            for (int i = 0; i < insatser.length; i++) {
                free.add(i);
            }
        }

        @Override
        public String name() {
            return "spara utkast (PUT)";
        }

        @Override
        public int acquire() throws InterruptedException {
            return free.take();
        }

        @Override
        public HttpRequest request(int slot, long n) {
            String body = "{\"version\":" + versions.get(slot) + ",\"meddelande\":\"sparning " + n + "\","
                    + "\"mal\":[{\"nummer\":1,\"status\":\"" + (n % 2 == 0 ? "JA" : "DELVIS") + "\"}]}";
            return put(base + report(insatser[slot]), token.get(), body);
        }

        @Override
        public void done(int slot, HttpResponse<String> response) {
            try {
                if (response.statusCode() == 200) {
                    versions.set(slot, version(response));
                } else if (response.statusCode() == 409) {
                    versions.set(slot, version(send(http, get(base + report(insatser[slot]), token.get()))));
                }
            } catch (Exception e) {
                // the next save of this report answers 409 and reads it again
            } finally {
                free.add(slot);
            }
        }
    }

    private static void print(Map<String, Map<Integer, Result>> open, Map<String, Result> saturation, String load) {
        System.out.printf("%nÖppen loop: %d s per takt, latens från när anropet skulle skickas; %d kärnor, JVM %s, belastning före mätning %s%n",
                MEASURE.toSeconds(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load);
        System.out.printf("%-44s %9s %9s %9s %9s %6s %6s%n", "fall @ takt", "p50 ms", "p99 ms", "max ms", "svar/s", "409", "fel");
        open.values().forEach(byRate -> byRate.values().forEach(r ->
                System.out.printf("%-44s %9.1f %9.1f %9.1f %9.0f %6d %6d%n", r.name(), r.percentileMs(0.5),
                        r.percentileMs(0.99), r.maxMs(), r.throughput(), r.conflicts(), r.errors())));
        System.out.printf("%nMättnad, sluten loop (%d klienter, %d s):%n", CLIENTS, MEASURE.toSeconds());
        System.out.printf("%-44s %9s %9s %9s %6s %6s%n", "fall", "p50 ms", "p99 ms", "svar/s", "409", "fel");
        saturation.values().forEach(r -> System.out.printf("%-44s %9.1f %9.1f %9.0f %6d %6d%n", r.name(),
                r.percentileMs(0.5), r.percentileMs(0.99), r.throughput(), r.conflicts(), r.errors()));
        System.out.println("Belastning efter mätning: " + load());
    }

    private static Result missing() {
        return new Result("saknas", new long[0], 0, 0, 1);
    }

    /** The load average, because the machine is shared and the figures mean little on a busy one. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "okänd";
        }
    }

    private static long[] registerInsatser(HttpClient http, String base, String kansli, Token rapportor) throws Exception {
        JsonArrayBuilder insatser = Json.createArrayBuilder();
        for (int i = 0; i < INSATSER; i++) {
            insatser.add(Json.createObjectBuilder().add("kod", String.format("bench-%03d", i))
                    .add("namn", "Håbo, mätinsats " + i).add("kortnamn", "Mätinsats " + i).add("typ", "INDIVIDINSATS")
                    .add("agare", "habo").add("samverkansparter", Json.createArrayBuilder().add("arbetsformedlingen"))
                    .add("start", "2022-01-01").add("slut", "2023-12-31").add("forlangningar", Json.createArrayBuilder())
                    .add("status", "AKTIV").add("mal", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("nummer", 1).add("beskrivning", "Mätmål"))
                            .add(Json.createObjectBuilder().add("nummer", 2).add("beskrivning", "Andra mätmålet")))
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
        HttpResponse<String> list = send(http, get(base + "/insatser", rapportor.get()));
        return Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kod").startsWith("bench-")).mapToLong(o -> o.getJsonNumber("id").longValue())
                .sorted().toArray();
    }

    private static long version(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject().getJsonNumber("version").longValue();
    }

    private static String report(long insats) {
        return "/insatser/" + insats + "/kvartalsrapporter/2022/3";
    }

    /** An access token fetched again before it expires (the realm gives five minutes; a run takes longer). */
    static final class Token {
        private final HttpClient http;
        private final LocalKeycloak kc;
        private final String user;
        private volatile String value;
        private volatile long fetchedAt;

        Token(HttpClient http, LocalKeycloak kc, String user) throws Exception {
            this.http = http;
            this.kc = kc;
            this.user = user;
            refresh();
            // renewed beside the load, every two minutes: a renewal inside get() held every sender of an
            // open loop for the length of a Keycloak round trip, a stall of the generator measured as the server's
            Thread renewer = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(Duration.ofMinutes(2));
                        refresh();
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        // get() renews by itself when this has not managed to
                    }
                }
            }, "token-" + user);
            renewer.setDaemon(true);
            renewer.start();
        }

        String get() {
            if (System.nanoTime() - fetchedAt > Duration.ofMinutes(3).toNanos()) {
                synchronized (this) {
                    if (System.nanoTime() - fetchedAt > Duration.ofMinutes(3).toNanos()) {
                        try {
                            refresh();
                        } catch (Exception e) {
                            throw new IllegalStateException("token", e);
                        }
                    }
                }
            }
            return value;
        }

        private void refresh() throws Exception {
            value = token(http, kc, user);
            fetchedAt = System.nanoTime();
        }
    }

    static String token(HttpClient http, LocalKeycloak kc, String user) throws Exception {
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
