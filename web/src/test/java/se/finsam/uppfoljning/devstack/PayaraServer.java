package se.finsam.uppfoljning.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A domain of the full Payara Server (Maven Central's {@code fish.payara.distributions:payara} zip,
 * unpacked by the build under {@code stack.dir/payara-server}), administered the way an operator
 * does it: with {@code asadmin}. The domain lives outside the distribution, in its own directory,
 * and takes all its ports from one port base, so that it clashes neither with a Payara Server on
 * the usual ports nor with the other tests' Payara Micro.
 */
public final class PayaraServer implements AutoCloseable {

    public static final String DOMAIN = "uppfoljning";

    private final Path home;
    private final Path domainDir;
    private final int portBase;
    private final Map<String, String> environment;
    private boolean startRequested;

    /**
     * @param home        the unpacked distribution ({@code payara6})
     * @param domainDir   where the domain is created (deleted first)
     * @param portBase    {@code create-domain --portbase}: admin is base+48, HTTP base+80, the rest nearby
     * @param environment extra environment for every asadmin command (values the commands refer to)
     */
    public PayaraServer(Path home, Path domainDir, int portBase, Map<String, String> environment) {
        this.home = home;
        this.domainDir = domainDir;
        this.portBase = portBase;
        this.environment = Map.copyOf(environment);
    }

    public static Path distribution(Path stackDir) throws IOException {
        Path home = stackDir.resolve("payara-server/payara6");
        if (!Files.isExecutable(home.resolve("bin/asadmin"))) {
            throw new IOException("Payara Server saknas under " + home + " – bygg först (./mvnw verify packar upp den)");
        }
        return home;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public int httpPort() {
        return portBase + 80;
    }

    public Path logFile() {
        return domainDir.resolve(DOMAIN).resolve("logs/server.log");
    }

    /** A fresh domain: a kept one would remember the last run's pool, properties and deployment. */
    public PayaraServer createDomain() throws IOException, InterruptedException {
        LocalKeycloak.deleteRecursively(domainDir);
        Files.createDirectories(domainDir);
        // local commands: no admin port in the environment, create-domain refuses it beside --portbase
        run(List.of("create-domain", "--nopassword", "--portbase", String.valueOf(portBase),
                "--domaindir", domainDir.toString(), DOMAIN), false, Duration.ofMinutes(3));
        return this;
    }

    public PayaraServer start() throws IOException, InterruptedException {
        startRequested = true;
        run(List.of("start-domain", "--domaindir", domainDir.toString(), DOMAIN), false, Duration.ofMinutes(4));
        return this;
    }

    /**
     * Runs one line of an operator's shell, {@code asadmin ...} as written, with this distribution's
     * {@code asadmin} first on the PATH and the domain's admin port in {@code AS_ADMIN_PORT} (which
     * asadmin reads like its {@code --port} option), so the line needs no change for the test.
     */
    public String shell(String commandLine, Duration timeout) throws IOException, InterruptedException {
        return execute(List.of("bash", "-c", commandLine), true, timeout, commandLine);
    }

    private String run(List<String> asadminArgs, boolean remote, Duration timeout) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(home.resolve("bin/asadmin").toString());
        cmd.addAll(asadminArgs);
        return execute(cmd, remote, timeout, "asadmin " + String.join(" ", asadminArgs));
    }

    private String execute(List<String> cmd, boolean remote, Duration timeout, String shown)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile(domainDir, "asadmin-", ".out");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = pb.environment();
        // the server runs on the JVM the tests run on: asadmin and start-domain take AS_JAVA
        String javaHome = System.getProperty("java.home");
        env.put("AS_JAVA", javaHome);
        env.put("JAVA_HOME", javaHome);
        env.put("PATH", home.resolve("bin") + ":" + javaHome + "/bin:" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        // asadmin itself is a short-lived client JVM run a dozen times: the quick compiler is enough
        // (the server's own JVM options come from domain.xml, not from this)
        env.put("AS_EXTRA_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        env.putAll(environment);
        if (remote) {
            env.put("AS_ADMIN_HOST", "localhost");
            env.put("AS_ADMIN_PORT", String.valueOf(adminPort()));
        }
        Process p = pb.start();
        boolean ended = p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);
        if (!ended || p.exitValue() != 0) {
            throw new IOException("`" + shown + "` " + (ended ? "avslutades med " + p.exitValue() : "svarade inte inom "
                    + timeout.toSeconds() + " s") + ":\n" + out.strip() + "\n--- slutet av " + logFile() + " ---\n" + logTail(60));
        }
        return out;
    }

    /** The last lines of the server log, for failure messages. */
    public String logTail(int lines) {
        try {
            if (!Files.exists(logFile())) {
                return "(ingen serverlogg)";
            }
            List<String> all = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(serverloggen kunde inte läsas: " + e + ")";
        }
    }

    /** The server JVM's process, from the pid file the domain writes while it runs. */
    private Optional<ProcessHandle> serverProcess() {
        Path pidFile = domainDir.resolve(DOMAIN).resolve("config/pid");
        try {
            return Files.exists(pidFile) ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the domain, and kills its JVM if asadmin could not: it must not outlive the test run. */
    @Override
    public void close() {
        if (!startRequested) {
            return;
        }
        Optional<ProcessHandle> server = serverProcess();
        try {
            run(List.of("stop-domain", "--domaindir", domainDir.toString(), DOMAIN), false, Duration.ofSeconds(60));
        } catch (IOException e) {
            server.ifPresent(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            server.ifPresent(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        server.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
        startRequested = false;
    }
}
