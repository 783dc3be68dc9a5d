package se.finsam.uppfoljning.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Not a test: prints how long Payara Micro takes from launch to {@code /health/ready} = UP with the
 * application deployed, and the process's resident memory then. PostgreSQL and Keycloak are
 * started first and are not part of the figure. Target: at most 15 s on 2 cores.
 */
public final class StartupBenchmark {

    /** Ports: {@code -Dbench.http}, {@code -Dbench.keycloak}, {@code -Dbench.db}. */
    private static final int PORT = Integer.getInteger("bench.http", 18280);

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 3);
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        Path pgData = stackDir.resolve("pgdata-bench");
        LocalKeycloak.deleteRecursively(pgData);
        List<Double> seconds = new ArrayList<>();
        List<Long> rssMb = new ArrayList<>();
        List<Double> cpuSeconds = new ArrayList<>();
        try (EmbeddedDatabase db = new EmbeddedDatabase(Files.createDirectories(pgData), Integer.getInteger("bench.db", 15532)).start();
             LocalKeycloak kc = new LocalKeycloak(LocalKeycloak.distribution(stackDir),
                     Path.of(System.getProperty("realm.dir")), Integer.getInteger("bench.keycloak", 18380)).start()) {
            if (PayaraMicro.CLASS_DATA_SHARING && !Files.exists(new PayaraMicro(stackDir, Path.of(System.getProperty("war.file")), PORT).archive())) {
                // the first start writes the class data sharing archive when it stops: not a figure
                try (PayaraMicro payara = new PayaraMicro(stackDir, Path.of(System.getProperty("war.file")), PORT)) {
                    payara.start(db.poolCommands(), Map.of("uppfoljning.demo-data", "true",
                            "payara.security.openid.providerURI", kc.issuer()));
                    Duration ready = payara.awaitReady(Duration.ofMinutes(3));
                    System.out.printf("start utan arkiv (skapar det): redo efter %.1f s%n", ready.toMillis() / 1000.0);
                }
            }
            for (int i = 1; i <= runs; i++) {
                try (PayaraMicro payara = new PayaraMicro(stackDir, Path.of(System.getProperty("war.file")), PORT)) {
                    payara.start(db.poolCommands(), Map.of("uppfoljning.demo-data", "true",
                            "payara.security.openid.providerURI", kc.issuer()), jvmOptions(i));
                    Duration ready = payara.awaitReady(Duration.ofMinutes(3));
                    long rss = residentMegabytes(payara.pid());
                    double cpu = cpuSeconds(payara.pid());
                    seconds.add(ready.toMillis() / 1000.0);
                    rssMb.add(rss);
                    cpuSeconds.add(cpu);
                    System.out.printf("körning %d: redo efter %.1f s, RSS %d MB, CPU-tid %.1f s, belastning %s%n",
                            i, ready.toMillis() / 1000.0, rss, cpu, ApiBenchmark.load());
                }
            }
        }
        Collections.sort(seconds);
        Collections.sort(rssMb);
        System.out.printf("%nStart till /health/ready UP: median %.1f s (min %.1f, max %.1f), mål ≤ 15 s%n",
                seconds.get(seconds.size() / 2), seconds.get(0), seconds.get(seconds.size() - 1));
        System.out.printf("Resident minne efter start: median %d MB (min %d, max %d)%n",
                rssMb.get(rssMb.size() / 2), rssMb.get(0), rssMb.get(rssMb.size() - 1));
        Collections.sort(cpuSeconds);
        // CPU time (user + system) of Payara's process until ready: far less sensitive than the wall
        // time to what else runs on the machine, so comparisons on a busy machine use it
        System.out.printf("CPU-tid till redo: median %.1f s (min %.1f, max %.1f)%n",
                cpuSeconds.get(cpuSeconds.size() / 2), cpuSeconds.get(0), cpuSeconds.get(cpuSeconds.size() - 1));
        System.out.println("Kärnor: " + Runtime.getRuntime().availableProcessors() + ", JVM: "
                + System.getProperty("java.version") + ", belastning nu: " + ApiBenchmark.load());
        System.out.println("Klassdatadelning (AppCDS): " + (PayaraMicro.CLASS_DATA_SHARING ? "på" : "av (-Dcds=false)"));
        System.out.printf("RESULT ready_s=%.1f rss_mb=%d%n", seconds.get(seconds.size() / 2), rssMb.get(rssMb.size() / 2));
    }

    /**
     * {@code -Dpayara.jvm="-XX:… -XX:…"}: more options for Payara's JVM, to compare flags the same way;
     * {@code -Djfr=true}: a flight recording of each start ({@code startup-<run>.jfr} beside the log).
     */
    private static List<String> jvmOptions(int run) {
        List<String> options = new ArrayList<>();
        String extra = System.getProperty("payara.jvm", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        if (Boolean.getBoolean("jfr")) {
            options.add("-XX:StartFlightRecording=filename=" + Path.of(System.getProperty("stack.dir"))
                    .resolve("startup-" + run + ".jfr") + ",settings=profile");
            // deployment stacks run deeper than JFR's default 64 frames: the profile must see their roots
            options.add("-XX:FlightRecorderOptions:stackdepth=1024");
        }
        return options;
    }

    private static double cpuSeconds(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // fields after the command in parentheses; utime and stime are the 14th and 15th of the line
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    private static long residentMegabytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
