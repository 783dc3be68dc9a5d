package se.finsam.uppfoljning.devstack;

import java.io.IOException;
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

/** Payara Micro running the WAR, as ./run and the startup benchmark start it. */
public final class PayaraMicro implements AutoCloseable {

    /** Payara's heap (see {@link #start}): fixed, with a fixed young generation. */
    static final String HEAP = "-Xmx768m -Xms768m -Xmn256m";

    private final Path stackDir;
    private final Path war;
    private final int port;
    private boolean classDataSharing = CLASS_DATA_SHARING;
    private Kluster kluster;
    private Process process;

    public PayaraMicro(Path stackDir, Path war, int port) {
        this.stackDir = stackDir;
        this.war = war;
        this.port = port;
    }

    /**
     * The plain jar: for an instance started once in a run (the empty install beside the tests' own
     * Payara), where unpacking a launcher and writing an archive would cost more than they save.
     */
    public PayaraMicro withoutClassDataSharing() {
        classDataSharing = false;
        return this;
    }

    /** One node of a cluster instead of a lone instance (see {@link Kluster}). */
    public PayaraMicro inCluster(Kluster kluster) {
        this.kluster = kluster;
        return this;
    }

    public PayaraMicro start(String poolCommands, Map<String, String> systemProperties) throws IOException {
        return start(poolCommands, systemProperties, List.of());
    }

    /** {@code jvmOptions}: more options for Payara's JVM, such as a flight recording for a profile. */
    public PayaraMicro start(String poolCommands, Map<String, String> systemProperties, List<String> jvmOptions) throws IOException {
        Path postBoot = stackDir.resolve("postboot-" + port + ".asadmin");
        Files.writeString(postBoot, kluster == null ? poolCommands + Kluster.SESSIONER_I_MINNET : poolCommands);
        // A fixed young generation: a PM render allocates about 40 MB, and with G1 sizing the young
        // generation itself (about 140 MB under 768 MB) every third download paid a collection and the
        // old generation's marking ran beside the renders on the two cores (docs/benchmarks.md). 256 MB
        // rather than the 400 MB first chosen: a start touches all of it, and at 400 MB the resident
        // memory after start was 874 MB against a target of 768 (256 MB: 715 MB; 320 MB: 792 MB)
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // -Dpayara.heap="..." tries other sizes in a benchmark without a rebuild
        cmd.addAll(List.of(System.getProperty("payara.heap", HEAP).strip().split("\\s+")));
        // Payara starts a request trace with random UUIDs on every request; the default NativePRNG
        // serialises them on one lock around /dev/urandom. DRBG seeded from /dev/urandom is as
        // sound and works in memory.
        cmd.add("-Djava.security.egd=file:/dev/./urandom");
        cmd.addAll(jvmOptions);
        systemProperties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        if (kluster != null) {
            kluster.systemProperties().forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        }
        if (classDataSharing) {
            Path launcher = freshLauncher();
            // The archive is written when this JVM exits (also on SIGTERM, which close() sends) and
            // used by every later start; the JVM recreates it by itself when it no longer matches
            // the class path (a new Payara Micro) or the JDK.
            // the launcher refuses --addLibs: the JDBC driver goes on the class path beside it
            cmd.addAll(List.of("-XX:SharedArchiveFile=" + archive(), "-XX:+AutoCreateSharedArchive",
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            cmd.addAll(moduleOptions(launcher));
            cmd.addAll(List.of("-cp", launcher + java.io.File.pathSeparator + stackDir.resolve("postgresql.jar"),
                    "fish.payara.micro.impl.RootDirLauncher"));
        } else {
            // a fresh runtime directory: a kept one remembers the pool and the last deployment
            LocalKeycloak.deleteRecursively(stackDir.resolve("payara-" + port));
            cmd.addAll(List.of("-jar", stackDir.resolve("payara-micro.jar").toString(),
                    "--rootDir", stackDir.resolve("payara-" + port).toString(),
                    "--addLibs", stackDir.resolve("postgresql.jar").toString()));
        }
        // One node: --nohazelcast instead of --nocluster: alone, the application needs no data grid
        // (sessions stay in memory, the shared cache has no one to tell). With --nocluster Payara
        // still starts a Hazelcast member, 2.7 s of a quiet start in its log (and --nocluster wins
        // when both are given). Several nodes: Kluster's options. --disablephonehome: no usage report to Payara.
        cmd.addAll(kluster == null ? List.of("--nohazelcast") : kluster.options(port));
        cmd.addAll(List.of("--disablephonehome", "--port", String.valueOf(port),
                "--postbootcommandfile", postBoot.toString(),
                "--deploy", war.toString()));
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logFile().toFile()).start();
        return this;
    }

    /**
     * Class data sharing (AppCDS) archives only classes loaded from the JVM's class path, and
     * {@code java -jar payara-micro.jar} loads Payara's modules from jars it unpacks at every start.
     * {@code --outputlauncher} unpacks them once into a directory with a launcher jar whose manifest
     * lists them on the class path; that directory is then also Payara's root directory (the
     * launcher insists on it). So the runtime jars stay and everything an instance writes there
     * (its domain with the pool, the deployed application, caches) is reset before each start.
     */
    private Path freshLauncher() throws IOException {
        Path root = stackDir.resolve("payara-cds-" + port);
        Path launcher = root.resolve("launch-micro.jar");
        Path pristine = stackDir.resolve("payara-cds-" + port + ".pristine");
        if (!Files.exists(launcher) || !Files.exists(pristine)) {
            LocalKeycloak.deleteRecursively(root);
            LocalKeycloak.deleteRecursively(pristine);
            Files.deleteIfExists(archive());
            Process unpack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", stackDir.resolve("payara-micro.jar").toString(), "--rootdir", root.toString(), "--outputlauncher")
                    .redirectErrorStream(true).redirectOutput(stackDir.resolve("payara-cds-" + port + ".log").toFile()).start();
            try {
                if (unpack.waitFor() != 0 || !Files.exists(launcher)) {
                    throw new IOException("--outputlauncher misslyckades, se " + stackDir.resolve("payara-cds-" + port + ".log"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            // what the runtime needs besides its jars, as unpacked, to start each instance from
            Files.createDirectories(pristine);
            try (var entries = Files.list(root)) {
                for (Path p : entries.toList()) {
                    if (!KEPT.contains(p.getFileName().toString())) {
                        copyRecursively(p, pristine.resolve(p.getFileName().toString()));
                    }
                }
            }
        }
        try (var entries = Files.list(root)) {
            for (Path p : entries.toList()) {
                if (!KEPT.contains(p.getFileName().toString())) {
                    LocalKeycloak.deleteRecursively(p);
                }
            }
        }
        try (var entries = Files.list(pristine)) {
            for (Path p : entries.toList()) {
                copyRecursively(p, root.resolve(p.getFileName().toString()));
            }
        }
        return launcher;
    }

    /**
     * The manifest's Add-Opens and Add-Exports, which the JVM honours only for {@code -jar}: started
     * with {@code -cp}, Payara needs them on the command line.
     */
    private static List<String> moduleOptions(Path launcher) throws IOException {
        List<String> options = new ArrayList<>();
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(launcher.toFile())) {
            java.util.jar.Attributes main = jar.getManifest().getMainAttributes();
            for (String kind : List.of("Add-Opens", "Add-Exports")) {
                String value = main.getValue(kind);
                if (value != null) {
                    for (String target : value.trim().split("\\s+")) {
                        options.add("--" + kind.toLowerCase() + "=" + target + "=ALL-UNNAMED");
                    }
                }
            }
        }
        return options;
    }

    /** What an instance never writes: the launcher and the jars on its class path. */
    private static final java.util.Set<String> KEPT = java.util.Set.of("launch-micro.jar", "runtime", "lib", "META-INF");

    /**
     * On by default: Payara Micro starts through its launcher with a dynamic class data sharing archive
     * (written when the first start stops, reused by every later one). On a quiet machine it cut the
     * start from about 19 to about 15 s and its CPU time by a fifth (docs/benchmarks.md); the earlier
     * measurement that found no gain ran at a load of 9. {@code -Dcds=false} starts the plain jar.
     */
    static final boolean CLASS_DATA_SHARING = Boolean.parseBoolean(System.getProperty("cds", "true"));

    Path archive() {
        return stackDir.resolve("payara-cds-" + port + ".jsa");
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public Path logFile() {
        return stackDir.resolve("payara-" + port + ".log");
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Waits until MicroProfile Health reports ready (the database answers). */
    public Duration awaitReady(Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create("http://localhost:" + port + "/health/ready");
        String last = "inget svar";
        while (System.nanoTime() - start < timeout.toNanos()) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro avslutades under start, se " + logFile());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException notYet) {
                // not listening yet
                last = notYet.toString();
            }
            Thread.sleep(100);
        }
        throw new IOException("Payara Micro blev inte redo inom " + timeout.toSeconds() + " s (senast: " + last + "), se " + logFile());
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
