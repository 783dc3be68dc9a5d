package se.finsam.uppfoljning.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak from its Maven Central distribution, in dev mode, importing the realms of
 * {@code keycloak-realm/} afresh at every start (its dev database is deleted first, because
 * --import-realm skips a realm that already exists). With the demo (the default) the demo users,
 * organisations and the Region's identity provider of {@code keycloak-realm/.../demo/} are merged
 * into the realm; without it the realm holds only the bootstrap system administrator, as an empty
 * install's does.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "uppfoljning";

    /** The bootstrap system administrator's password on the dev and test stacks (the realm reads it from the environment). */
    public static final String SYSTEMADMIN_PASSWORD = "demo";

    private final Path home;
    private final Path realmDir;
    private final int port;
    private final boolean demo;
    private Process process;

    public LocalKeycloak(Path home, Path realmDir, int port) {
        this(home, realmDir, port, true);
    }

    /** {@code demo} false: the realm as an empty install imports it, the bootstrap system administrator only. */
    public LocalKeycloak(Path home, Path realmDir, int port, boolean demo) {
        this.home = home;
        this.realmDir = realmDir;
        this.port = port;
        this.demo = demo;
    }

    public static Path distribution(Path stackDir) throws IOException {
        try (Stream<Path> s = Files.list(stackDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("keycloak-") && Files.isDirectory(p))
                    .findFirst().orElseThrow(() -> new IOException("Keycloak saknas under " + stackDir
                            + " – bygg först (./mvnw package)"));
        }
    }

    public LocalKeycloak start() throws IOException, InterruptedException {
        deleteRecursively(home.resolve("data"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        copyRealms(realmDir, imports);
        if (demo) {
            copyRealms(RealmDemo.directory(realmDir), imports);
            RealmDemo.mergeInto(imports.resolve(REALM + "-realm.json"), realmDir);
        }
        TestClient.addTo(imports.resolve(REALM + "-realm.json"));
        Path kc = home.resolve("bin/kc.sh");
        kc.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder(List.of(kc.toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + (port + 1000),
                "--import-realm", "--hostname-strict=false"))
                .redirectErrorStream(true)
                .redirectOutput(home.resolveSibling("keycloak-" + port + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // the realm's bootstrap system administrator; outside dev the operator sets it when importing
        env.putIfAbsent("UPPFOLJNING_SYSTEMADMIN_PASSWORD", SYSTEMADMIN_PASSWORD);
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // With brute-force protection on (the realm has it), Keycloak 26 refuses a login that overlaps another
        // of the same user as "user_temporarily_disabled" although no password was wrong; the tests and the
        // office's parallel tabs do overlap. Failed passwords still lock the account.
        env.put("KC_SPI_BRUTE_FORCE_PROTECTOR__DEFAULT_BRUTE_FORCE_DETECTOR__ALLOW_CONCURRENT_REQUESTS", "true");
        // the realms refer to this Keycloak's own address (the brokered Region realm)
        env.put("UPPFOLJNING_KEYCLOAK_URL", "http://localhost:" + port);
        if (System.getProperty("it.intranat.port") != null) {
            // the intranet page WidgetBrowserIT serves: the widget's client may send the browser back there
            env.put("UPPFOLJNING_INTRANAT_URL", "http://127.0.0.1:" + System.getProperty("it.intranat.port"));
        }
        if (System.getProperty("it.smtp.port") != null) {
            // invitations from partner administration go to the tests' SMTP server
            env.put("UPPFOLJNING_SMTP_PORT", System.getProperty("it.smtp.port"));
        }
        process = pb.start();
        // 300 s: on two busy cores a first Keycloak start has taken over two minutes; -Dit.keycloak.timeout overrides
        try {
            awaitReady(Duration.ofSeconds(Long.getLong("it.keycloak.timeout", 300)));
        } catch (IOException | InterruptedException | RuntimeException e) {
            // a Keycloak that never became ready must not outlive the run and hold its port
            process.destroyForcibly();
            throw e;
        }
        return this;
    }

    public String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak avslutades under start, se " + home.resolveSibling("keycloak-" + port + ".log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IOException("Keycloak svarade inte inom " + timeout.toSeconds() + " s");
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void copyRealms(Path from, Path imports) throws IOException {
        try (DirectoryStream<Path> realms = Files.newDirectoryStream(from, "*-realm.json")) {
            for (Path realm : realms) {
                Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
