package se.finsam.uppfoljning.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Grupp;
import se.finsam.uppfoljning.sus.control.SusMall;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Not a test: the time to validate and import a SUS export of 1 105 insatser (Sweden's national
 * volume in 2018) through the real path — the API's upload, the background check (decode, merge,
 * consistency rules, preview) and the all-or-nothing commit — on the real stack (PostgreSQL,
 * Keycloak, Payara Micro). The insatser are registered first through a data package. A smaller
 * file for another period warms the server up; then the full file is timed: upload → preview ready
 * (validate) and commit (import). The last line is {@code RESULT sus_import_1105_s=<seconds>}
 * (validate + import). Target ≤ 5 s on 2 cores. The line before it gives the CPU time the server
 * and the database used meanwhile (on a shared machine the wall-clock time also holds the wait for a
 * core). {@code -Djfr=true} records the server's JVM during
 * the timed import ({@code stack/susbench.jfr}; read it with {@code jfr view hot-methods}).
 */
public final class SusImportBenchmark {

    static final int INSATSER = Integer.getInteger("insatser", 1105);
    static final int PORT = 29380;

    private SusImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        Path pgData = stackDir.resolve("pgdata-susbench");
        LocalKeycloak.deleteRecursively(pgData);
        try (EmbeddedDatabase db = new EmbeddedDatabase(Files.createDirectories(pgData), 26532).start();
             LocalKeycloak kc = new LocalKeycloak(LocalKeycloak.distribution(stackDir), Path.of(System.getProperty("realm.dir")), 29480).start();
             PayaraMicro payara = new PayaraMicro(stackDir, Path.of(System.getProperty("war.file")), PORT)) {
            payara.start(db.poolCommands(), Map.of("uppfoljning.demo-data", "true",
                    "payara.security.openid.providerURI", kc.issuer(), "java.util.logging.ConsoleHandler.level", "WARNING"), List.of());
            payara.awaitReady(Duration.ofMinutes(10)); // a busy shared machine can take minutes
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://localhost:" + PORT + "/uppfoljning/api";
            String kansli = token(http, kc, "kansli");
            registrera(http, base, kansli);

            byte[] uppvarmning = fil(Math.min(100, INSATSER), 1);
            Tid varm = importera(http, base, kansli, uppvarmning, 1);
            System.out.printf("uppvärmning: %d insatser halvår 1, granskning %.2f s, inläsning %.2f s%n",
                    Math.min(100, INSATSER), varm.granskning, varm.inlasning);

            byte[] fil = fil(INSATSER, 2);
            String load = ApiBenchmark.load();
            Path jfr = stackDir.resolve("susbench.jfr");
            if (Boolean.getBoolean("jfr")) {
                jcmd(payara.pid(), "JFR.start", "name=susbench", "settings=profile");
            }
            double cpuFore = cpuSekunder(payara.pid(), pgData);
            Tid t = importera(http, base, kansli, fil, 2);
            double cpu = cpuSekunder(payara.pid(), pgData) - cpuFore;
            if (Boolean.getBoolean("jfr")) {
                jcmd(payara.pid(), "JFR.stop", "name=susbench", "filename=" + jfr);
                System.out.println("flight recording of the timed import: " + jfr);
            }
            System.out.printf("fil: %d insatser, %d kolumner, %d byte (xlsx)%n", INSATSER, rubriker().size(), fil.length);
            System.out.printf("belastning före: %s%n", load);
            System.out.printf("uppladdning till klar förhandsgranskning (avkodning, regler, förhandsgranskning): %.2f s%n", t.granskning);
            System.out.printf("inläsning (allt eller inget, en transaktion): %.2f s, %d insatser ändrade%n", t.inlasning, t.andrade);
            System.out.printf("serverns processortid under importen (Payara Micro + PostgreSQL): %.2f s%n", cpu);
            System.out.printf("RESULT sus_import_1105_s=%.2f%n", t.granskning + t.inlasning);
        }
    }

    /** Runs a diagnostic command in the server's JVM (the flight recording of the timed import, -Djfr=true). */
    private static void jcmd(long pid, String... kommando) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        cmd.addAll(List.of(kommando));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String ut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", kommando) + ": " + ut);
        }
    }

    /**
     * The CPU time the server's JVM and the benchmark's PostgreSQL (its postmaster, found by its data
     * directory, and every backend) have used so far: on a shared machine the work done, where the
     * wall-clock time also holds the wait for a core.
     */
    static double cpuSekunder(long payaraPid, Path pgData) {
        List<ProcessHandle> processer = new ArrayList<>();
        ProcessHandle.of(payaraPid).ifPresent(processer::add);
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(pgData.toString())).orElse(false))
                .forEach(postmaster -> {
                    processer.add(postmaster);
                    postmaster.descendants().forEach(processer::add);
                });
        return processer.stream().mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
    }

    record Tid(double granskning, double inlasning, int andrade) {
    }

    private static Tid importera(HttpClient http, String base, String token, byte[] fil, int halvar) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> upp = http.send(HttpRequest.newBuilder(URI.create(base + "/sus-importer?ar=2022&halvar=" + halvar
                        + "&filnamn=bench.xlsx")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(fil)).build(), HttpResponse.BodyHandlers.ofString());
        if (upp.statusCode() != 201) {
            throw new IllegalStateException("uppladdning: " + upp.statusCode() + " " + upp.body());
        }
        String id = json(upp.body()).getString("id");
        JsonObject status;
        do {
            Thread.sleep(50);
            status = json(http.send(HttpRequest.newBuilder(URI.create(base + "/sus-importer/" + id))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        } while (status.getString("status").equals("GRANSKAS"));
        double granskning = (System.nanoTime() - start) / 1e9;
        if (!status.getString("status").equals("KLAR")) {
            throw new IllegalStateException("granskning: " + status.toString().substring(0, Math.min(2000, status.toString().length())));
        }
        long inlas = System.nanoTime();
        HttpResponse<String> commit = http.send(HttpRequest.newBuilder(URI.create(base + "/sus-importer/" + id + "/genomforande"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (commit.statusCode() != 200) {
            throw new IllegalStateException("inläsning: " + commit.statusCode() + " " + commit.body());
        }
        return new Tid(granskning, (System.nanoTime() - inlas) / 1e9, json(commit.body()).getInt("andrade"));
    }

    static List<String> rubriker() {
        return SusMall.rubriker(EnumSet.allOf(Grupp.class));
    }

    /** Consistent figures for every insats: the rules all hold, every group present. */
    static byte[] fil(int antal, int halvar) {
        List<String> rubriker = rubriker();
        List<List<Object>> rader = new ArrayList<>();
        for (int i = 0; i < antal; i++) {
            int startK = i % 7, startM = i % 5, inK = 10 + i % 13, inM = 12 + i % 11, utK = 3 + i % 5, utM = 4 + i % 6;
            int subvK = utK / 3, ejK = utK / 3, studK = 1, subvM = utM / 3, ejM = utM / 3, studM = 1;
            java.util.Map<String, int[]> v = new java.util.HashMap<>();
            v.put("pagaendeStart", new int[]{startK, startM});
            v.put("inregistrerade", new int[]{inK, inM});
            v.put("avslutade", new int[]{utK, utM});
            v.put("avslutadeHelaPerioden", new int[]{utK + 2, utM + 3});
            v.put("pagaendeSlut", new int[]{startK + inK - utK, startM + inM - utM});
            v.put("anonyma", new int[]{i % 4, 0});
            v.put("arbeteStudier", new int[]{subvK + ejK + studK, subvM + ejM + studM});
            v.put("avslut.SUBVENTIONERAT_ARBETE", new int[]{subvK, subvM});
            v.put("avslut.EJ_SUBVENTIONERAT_ARBETE", new int[]{ejK, ejM});
            v.put("avslut.ARBETAR_100", new int[]{subvK + ejK, subvM + ejM});
            v.put("avslut.STUDERANDE", new int[]{studK, studM});
            v.put("avslut.FORTSATT_REHABILITERING", new int[]{utK - subvK - ejK - studK, utM - subvM - ejM - studM});
            v.put("malgrupp", new int[]{inK, inM});
            v.put("malgrupp.ALDER_UNDER_30", new int[]{inK, inM});
            v.put("malgrupp.FORSORJNING_INGEN", new int[]{inK, inM});
            v.put("malgrupp.UTBILDNING_GYMNASIUM", new int[]{inK, inM});
            List<Object> rad = new ArrayList<>();
            rad.add(String.format("bench-sus-%04d", i));
            for (SusKolumnprofil.Matt m : SusKolumnprofil.MATT) {
                int[] km = v.getOrDefault(m.nyckel(), new int[]{0, 0});
                for (SusKolumnprofil.Kolumn k : m.kolumner()) {
                    if (m.slag() == SusKolumnprofil.Slag.DECIMAL) {
                        rad.add(k.del() == SusKolumnprofil.Del.K ? 101.5 : 87.0);
                        continue;
                    }
                    rad.add(switch (k.del()) {
                        case K, TOTAL -> km[0];
                        case M -> km[1];
                        case SUMMA -> km[0] + km[1];
                    });
                }
            }
            rader.add(rad);
        }
        LocalDate till = halvar == 1 ? LocalDate.of(2022, 6, 30) : LocalDate.of(2022, 12, 31);
        return SusMall.xlsx(new SusMall.Inledning("Deltagarrapport", till.plusDays(20), LocalDate.of(2022, 1, 1), till),
                rubriker, rader);
    }

    private static void registrera(HttpClient http, String base, String kansli) throws Exception {
        JsonArrayBuilder insatser = Json.createArrayBuilder();
        for (int i = 0; i < INSATSER; i++) {
            insatser.add(Json.createObjectBuilder().add("kod", String.format("bench-sus-%04d", i))
                    .add("namn", "Håbo, SUS-mätinsats " + i).add("kortnamn", "SUS-mätinsats " + i).add("typ", "INDIVIDINSATS")
                    .add("agare", "habo").add("samverkansparter", Json.createArrayBuilder())
                    .add("start", "2022-01-01").add("slut", "2023-12-31").add("forlangningar", Json.createArrayBuilder())
                    .add("status", "AKTIV").add("sortering", 1000 + i));
        }
        String paket = Json.createObjectBuilder().add("format", "uppfoljning-datapaket/1").add("forbund", "uppsala-lan")
                .add("period", Json.createObjectBuilder().add("ar", 2022).add("halvar", 2)).add("insatser", insatser).build().toString();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/datapaket"))
                .header("Authorization", "Bearer " + kansli).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(paket)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("datapaket: " + r.statusCode() + " " + r.body());
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String token(HttpClient http, LocalKeycloak kc, String user) throws Exception {
        String form = "grant_type=password&client_id=" + TestClient.CLIENT_ID + "&client_secret=" + TestClient.SECRET
                + "&scope=openid%20organization&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(kc.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        return json(r.body()).getString("access_token");
    }
}
