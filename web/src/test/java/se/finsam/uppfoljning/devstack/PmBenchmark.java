package se.finsam.uppfoljning.devstack;

import se.finsam.uppfoljning.pm.boundary.PmDokument;
import se.finsam.uppfoljning.pm.boundary.PmUnderlag;
import se.finsam.uppfoljning.pm.control.PmJson;
import se.finsam.uppfoljning.reports.PmReport;
import se.finsam.uppfoljning.reports.PmRenderer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Not a test: the H2 2022 PM as PDF, warm, through the running app ({@code GET /api/pm/2022/2/pdf}
 * as kansli on the demo data: access checks, the live tables from PostgreSQL, fill and export),
 * beside a bare JasperReports fill + export of the same layout ({@link PmRenderer#pdf}) from the same
 * PM's DTOs built once. The DTOs are the app's own: the PM is frozen through the API after the app
 * is timed, and its stored snapshot ({@code pm_faststallt.underlag}) is read once with JDBC and
 * turned into the report input by {@link PmDokument#rapport(PmUnderlag)} — nothing is recomputed
 * here. The national figure: {@link Nationellt}.
 * The last line is {@code RESULT pm_pdf_median_ms=.. bare_median_ms=.. ratio=.. national_83_s=..}.
 */
public final class PmBenchmark {

    static final int PORT = Integer.getInteger("bench.http.port", 18280);
    static final int KEYCLOAK_PORT = Integer.getInteger("bench.keycloak.port", 18380);
    static final int DB_PORT = Integer.getInteger("bench.db.port", 15532);
    // 60 renders before timing, on both sides: after 5 the JIT is still compiling JasperReports (the
    // medians kept falling), and Payara's JVM has far more to compile than the benchmark's own
    static final int WARMUP = Integer.getInteger("warmup", 60);
    static final int RUNS = Integer.getInteger("runs", 15);
    /** The national figure: how many förbund, and how many clients download their PMs at once (0 skips it). */
    static final int FORBUND = Integer.getInteger("forbund", 83);
    static final int CLIENTS = Integer.getInteger("national.clients", 2);

    private PmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        Path pgData = stackDir.resolve("pgdata-pmbench");
        LocalKeycloak.deleteRecursively(pgData);
        try (EmbeddedDatabase db = new EmbeddedDatabase(Files.createDirectories(pgData), DB_PORT).start();
             LocalKeycloak kc = new LocalKeycloak(LocalKeycloak.distribution(stackDir), Path.of(System.getProperty("realm.dir")), KEYCLOAK_PORT).start();
             PayaraMicro payara = new PayaraMicro(stackDir, Path.of(System.getProperty("war.file")), PORT)) {
            payara.start(db.poolCommands(), Map.of("uppfoljning.demo-data", "true",
                    "payara.security.openid.providerURI", kc.issuer(), "java.util.logging.ConsoleHandler.level", "WARNING"),
                    // Payara's stacks are deeper than JFR's default 64 frames: a profile must see the request's root
                    Boolean.getBoolean("jfr") ? List.of("-XX:FlightRecorderOptions:stackdepth=512") : List.of());
            payara.awaitReady(Duration.ofMinutes(10)); // a busy shared machine can take minutes
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String api = "http://localhost:" + PORT + "/uppfoljning/api";
            String base = api + "/pm/2022/2";
            String kansli = ApiBenchmark.token(http, kc, "kansli");

            String load = ApiBenchmark.load();
            HttpRequest pdf = pdf(base, kansli);
            int[] bytes = new int[1];
            Flight flight = new Flight(payara, stackDir.resolve("pmbench.jfr"));
            // The app keeps a file it rendered for the same content and layouts (Renderingsminne): each
            // timed download follows an edit of the PM's last text (not timed), so that every one renders,
            // the download a person waits for after a change, comparable with the bare render below
            Textandring andring = new Textandring(http, base, kansli);
            double app = median(andring::nasta, () -> bytes[0] = download(http, pdf).length, flight);
            System.out.printf("appen (GET /api/pm/2022/2/pdf, kansli, utkast): median %.1f ms över %d körningar efter %d uppvärmning, %d byte%n",
                    app, RUNS, WARMUP, bytes[0]);

            String national = "NA";
            if (FORBUND > 0) {
                List<String> tokens = Nationellt.forbered(http, api, kc, db, FORBUND);
                String loadNational = ApiBenchmark.load();
                double s = Nationellt.rendera(http, base, tokens, CLIENTS);
                national = String.format(java.util.Locale.ROOT, "%.1f", s);
                System.out.printf("nationellt: %d förbunds PM 2022 H2 som PDF (15 insatser var), %d klienter samtidigt: %.1f s (belastning före: %s)%n",
                        tokens.size(), CLIENTS, s, loadNational);
            }

            HttpResponse<String> fast = http.send(HttpRequest.newBuilder(URI.create(base + "/faststallande"))
                    .header("Authorization", "Bearer " + ApiBenchmark.token(http, kc, "kansli")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (fast.statusCode() != 200) {
                throw new IllegalStateException("fastställande: " + fast.statusCode() + " " + fast.body());
            }
            PmReport report = PmDokument.rapport(PmJson.read(underlag(db), PmUnderlag.class));
            PmRenderer renderer = new PmRenderer();
            double bare = median(() -> { }, () -> bytes[0] = renderer.pdf(report).length, null);
            System.out.printf("bar JasperReports (PmRenderer.pdf på färdiga DTO:er): median %.1f ms, %d byte%n", bare, bytes[0]);
            System.out.printf("belastning före: %s%n", load);
            System.out.printf(java.util.Locale.ROOT, "RESULT pm_pdf_median_ms=%.0f bare_median_ms=%.0f ratio=%.2f national_83_s=%s%n",
                    app, bare, app / bare, national);
        }
    }

    static HttpRequest pdf(String base, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/pdf")).header("Authorization", "Bearer " + token)
                .header("Accept", "application/pdf").GET().build();
    }

    static byte[] download(HttpClient http, HttpRequest pdf) throws Exception {
        HttpResponse<byte[]> r = http.send(pdf, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("pdf: " + r.statusCode() + " " + new String(r.body()));
        }
        return r.body();
    }

    interface Steg {
        void run() throws Exception;
    }

    /** Saves the PM's closing section with a new text each time, from the version it last saved. */
    static final class Textandring {
        private final HttpClient http;
        private final String url;
        private final String token;
        private long version;
        private int n;

        Textandring(HttpClient http, String base, String token) throws Exception {
            this.http = http;
            this.url = base + "/texter/REFLEKTIONER";
            this.token = token;
            HttpResponse<String> texter = http.send(HttpRequest.newBuilder(URI.create(base + "/texter"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            version = jakarta.json.Json.createReader(new java.io.StringReader(texter.body())).readArray()
                    .getValuesAs(jakarta.json.JsonObject.class).stream().filter(t -> t.getString("avsnitt").equals("REFLEKTIONER"))
                    .findFirst().map(t -> t.isNull("version") ? 0L : t.getJsonNumber("version").longValue()).orElse(0L);
        }

        void nasta() throws Exception {
            String body = jakarta.json.Json.createObjectBuilder().add("text", "Mätning " + (++n) + " av PM:ets nedladdning.")
                    .add("version", version).build().toString();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("texten: " + r.statusCode() + " " + r.body());
            }
            version = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject().getJsonNumber("version").longValue();
        }
    }

    /**
     * A flight recording of Payara's JVM over the timed runs only ({@code -Djfr=true}), started and
     * dumped with jcmd, so that start-up and warm-up stay out of the profile.
     */
    record Flight(PayaraMicro payara, Path file) {
        void start() throws Exception {
            if (Boolean.getBoolean("jfr")) {
                jcmd("JFR.start", "name=pmbench", "settings=profile");
            }
        }

        void stop() throws Exception {
            if (Boolean.getBoolean("jfr")) {
                jcmd("JFR.stop", "name=pmbench", "filename=" + file);
                System.out.println("profil: " + file);
            }
        }

        private void jcmd(String... command) throws Exception {
            List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(payara.pid())));
            cmd.addAll(List.of(command));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + ": " + out);
            }
        }
    }

    /** The median of {@code steg}, each run after {@code fore}, which is not timed. */
    static double median(Steg fore, Steg steg, Flight flight) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            fore.run();
            steg.run();
        }
        if (flight != null) {
            flight.start();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            fore.run();
            long t = System.nanoTime();
            steg.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        if (flight != null) {
            flight.stop();
        }
        Arrays.sort(ms);
        return RUNS % 2 == 1 ? ms[RUNS / 2] : (ms[RUNS / 2 - 1] + ms[RUNS / 2]) / 2;
    }

    /** The frozen H2 2022 PM's stored data snapshot: the DTOs the app computed. */
    private static String underlag(EmbeddedDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
             PreparedStatement s = c.prepareStatement("select underlag from pm_faststallt where ar = 2022 and halvar = 2")) {
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("inget fastställt PM för 2022 H2");
                }
                return rs.getString(1);
            }
        }
    }
}
