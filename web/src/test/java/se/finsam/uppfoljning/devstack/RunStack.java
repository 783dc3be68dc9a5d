package se.finsam.uppfoljning.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * ./run: the whole product on embedded defaults. PostgreSQL is embedded unless
 * {@code UPPFOLJNING_DB_HOST} is set; Keycloak is started locally unless
 * {@code PAYARA_SECURITY_OPENID_PROVIDERURI} points at one. Ctrl-C stops everything.
 */
public final class RunStack {

    static final int HTTP_PORT = 8080;
    static final int KEYCLOAK_PORT = 8180;
    static final int DB_PORT = 5433;

    private RunStack() {
    }

    public static void main(String[] args) throws Exception {
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        Path realmDir = Path.of(System.getProperty("realm.dir"));
        Path war = Path.of(System.getProperty("war.file"));
        Path dataDir = Path.of(System.getProperty("data.dir"));
        Map<String, String> env = System.getenv();

        EmbeddedDatabase database = null;
        LocalKeycloak keycloak = null;
        String poolCommands;
        if (env.containsKey("UPPFOLJNING_DB_HOST")) {
            poolCommands = PayaraPool.commands(env.get("UPPFOLJNING_DB_HOST"),
                    Integer.parseInt(env.getOrDefault("UPPFOLJNING_DB_PORT", "5432")),
                    env.getOrDefault("UPPFOLJNING_DB_NAME", "uppfoljning"),
                    env.getOrDefault("UPPFOLJNING_DB_USER", "uppfoljning"),
                    env.getOrDefault("UPPFOLJNING_DB_PASSWORD", ""));
            System.out.println("Databas: " + env.get("UPPFOLJNING_DB_HOST") + " (konfigurerad)");
        } else {
            System.out.println("Startar inbäddad PostgreSQL (data i " + dataDir.resolve("postgres") + ") …");
            database = new EmbeddedDatabase(Files.createDirectories(dataDir).resolve("postgres"), DB_PORT).start();
            poolCommands = database.poolCommands();
        }
        String issuer = env.get("PAYARA_SECURITY_OPENID_PROVIDERURI");
        if (issuer == null) {
            System.out.println("Startar Keycloak med realmen från keycloak-realm/ (tar ungefär 20 s) …");
            keycloak = new LocalKeycloak(LocalKeycloak.distribution(stackDir), realmDir, KEYCLOAK_PORT).start();
            issuer = keycloak.issuer();
        }
        System.out.println("Startar Payara Micro med Uppföljning …");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("uppfoljning.demo-data", env.getOrDefault("UPPFOLJNING_DEMO_DATA", "true"));
        props.put("payara.security.openid.providerURI", issuer);
        PayaraMicro payara = new PayaraMicro(stackDir, war, HTTP_PORT).start(poolCommands, props);

        EmbeddedDatabase db = database;
        LocalKeycloak kc = keycloak;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStänger av …");
            payara.close();
            if (kc != null) {
                kc.close();
            }
            try {
                if (db != null) {
                    db.stop();
                }
            } catch (Exception e) {
                System.err.println("Kunde inte stoppa databasen: " + e.getMessage());
            }
            stopped.countDown();
        }));
        Duration startup = payara.awaitReady(Duration.ofMinutes(3));
        System.out.printf("""

                ============================================================
                 Uppföljning är igång (Payara Micro redo efter %.1f s)

                 Öppna:      http://localhost:%d/uppfoljning/
                 Keycloak:   %s  (admin/admin på http://localhost:%d/admin/ om lokal)
                 API:        http://localhost:%d/uppfoljning/api/  (OpenAPI: http://localhost:%d/openapi)
                 Hälsa:      http://localhost:%d/health/ready
                 Loggar:     %s

                 Demokonton (lösenord för alla: demo)
                   kansli              Kansliet – kansli
                   forbundschef        Kansliet – förbundschef
                   habo.rapportor      Håbo kommun – rapportör
                   enkoping.rapportor  Enköpings kommun – rapportör
                   uppsala.rapportor   Uppsala kommun – rapportör
                   region.styrgrupp    Region Uppsala – styrgrupp
                   habo.admin          Håbo kommun – partneradministratör
                   rapportdesigner     Kansliet – rapportdesigner
                   styrelse            Uppsala kommun – styrelse
                   systemadmin         Kansliet – systemadministratör

                 Avsluta med Ctrl-C.
                ============================================================
                """, startup.toMillis() / 1000.0, HTTP_PORT, issuer, KEYCLOAK_PORT, HTTP_PORT, HTTP_PORT, HTTP_PORT,
                payara.logFile());
        stopped.await();
    }
}
