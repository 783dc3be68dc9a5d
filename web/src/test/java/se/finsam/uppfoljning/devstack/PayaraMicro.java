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

    private final Path stackDir;
    private final Path war;
    private final int port;
    private Process process;

    public PayaraMicro(Path stackDir, Path war, int port) {
        this.stackDir = stackDir;
        this.war = war;
        this.port = port;
    }

    public PayaraMicro start(String poolCommands, Map<String, String> systemProperties) throws IOException {
        return start(poolCommands, systemProperties, List.of());
    }

    /** {@code jvmOptions}: more options for Payara's JVM, such as a flight recording for a profile. */
    public PayaraMicro start(String poolCommands, Map<String, String> systemProperties, List<String> jvmOptions) throws IOException {
        // a fresh runtime directory: a kept one remembers the pool and the last deployment
        LocalKeycloak.deleteRecursively(stackDir.resolve("payara-" + port));
        Path postBoot = stackDir.resolve("postboot-" + port + ".asadmin");
        Files.writeString(postBoot, poolCommands);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m"));
        cmd.addAll(jvmOptions);
        systemProperties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("-jar", stackDir.resolve("payara-micro.jar").toString(),
                "--nocluster", "--port", String.valueOf(port),
                "--addLibs", stackDir.resolve("postgresql.jar").toString(),
                "--postbootcommandfile", postBoot.toString(),
                "--rootDir", stackDir.resolve("payara-" + port).toString(),
                "--deploy", war.toString()));
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logFile().toFile()).start();
        return this;
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
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IOException("Payara Micro blev inte redo inom " + timeout.toSeconds() + " s, se " + logFile());
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
