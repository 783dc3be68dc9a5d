package se.finsam.uppfoljning.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * ./run: the whole product on embedded defaults. PostgreSQL is embedded unless
 * {@code UPPFOLJNING_DB_HOST} is set; Keycloak is started locally unless
 * {@code PAYARA_SECURITY_OPENID_PROVIDERURI} points at one. Ctrl-C stops everything.
 *
 * <p>{@code ./run -Ddemo=false} (or {@code UPPFOLJNING_DEMO_DATA=false}) starts as an empty install:
 * no demo data, a realm with only the bootstrap system administrator, and, when the database is the
 * embedded one, a database of its own ({@value #EMPTY_DATABASE}) so the demo register in the same
 * data directory stays out of it.
 *
 * <p>{@code ./run -Dnodes=2} (or more) starts that many Payara Micro nodes in one cluster on HTTP ports
 * 8080, 8081, … with the data grid on 127.0.0.1 from {@value #GRID_PORT} (docs/drift.md).
 */
public final class RunStack {

    static final int HTTP_PORT = 8080;
    static final int KEYCLOAK_PORT = 8180;
    static final int DB_PORT = 5433;
    /** The data grid's first port when {@code -Dnodes} is 2 or more; node i listens on {@code GRID_PORT + i}. */
    static final int GRID_PORT = 5900;
    static final String EMPTY_DATABASE = "uppfoljning_tom";

    private RunStack() {
    }

    public static void main(String[] args) throws Exception {
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        Path realmDir = Path.of(System.getProperty("realm.dir"));
        Path war = Path.of(System.getProperty("war.file"));
        Path dataDir = Path.of(System.getProperty("data.dir"));
        Map<String, String> env = System.getenv();
        // either switch turns the demo off: the pom always passes -Ddemo (true unless given)
        boolean demo = !"false".equalsIgnoreCase(System.getProperty("demo", "true"))
                && !"false".equalsIgnoreCase(env.getOrDefault("UPPFOLJNING_DEMO_DATA", "true"));

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
            if (demo) {
                poolCommands = database.poolCommands();
            } else {
                database.createDatabase(EMPTY_DATABASE);
                poolCommands = PayaraPool.commands("localhost", DB_PORT, EMPTY_DATABASE, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
            }
        }
        String issuer = env.get("PAYARA_SECURITY_OPENID_PROVIDERURI");
        if (issuer == null) {
            System.out.println("Startar Keycloak med realmen från keycloak-realm/ (tar ungefär 20 s) …");
            keycloak = new LocalKeycloak(LocalKeycloak.distribution(stackDir), realmDir, KEYCLOAK_PORT, demo).start();
            issuer = keycloak.issuer();
        }
        System.out.println("Startar Payara Micro med Uppföljning …");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("uppfoljning.demo-data", String.valueOf(demo));
        props.put("payara.security.openid.providerURI", issuer);
        int nodes = Integer.parseInt(System.getProperty("nodes", "1"));
        Kluster kluster = nodes > 1
                ? new Kluster(env.getOrDefault("UPPFOLJNING_KLUSTER_NAMN", "uppfoljning-lokal"), GRID_PORT, nodes) : null;
        List<PayaraMicro> payaras = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            PayaraMicro node = new PayaraMicro(stackDir, war, HTTP_PORT + i);
            payaras.add(kluster == null ? node : node.inCluster(kluster));
        }
        for (PayaraMicro node : payaras) {
            node.start(poolCommands, props);
        }
        PayaraMicro payara = payaras.get(0);

        EmbeddedDatabase db = database;
        LocalKeycloak kc = keycloak;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStänger av …");
            payaras.forEach(PayaraMicro::close);
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
        for (PayaraMicro node : payaras.subList(1, payaras.size())) {
            node.awaitReady(Duration.ofMinutes(3));
        }
        System.out.printf("""

                ============================================================
                 Uppföljning är igång (Payara Micro redo efter %.1f s)

                 Öppna:      http://localhost:%d/uppfoljning/
                 Keycloak:   %s  (admin/admin på http://localhost:%d/admin/ om lokal)
                 API:        http://localhost:%d/uppfoljning/api/  (OpenAPI: http://localhost:%d/openapi)
                 Hälsa:      http://localhost:%d/health/ready
                 Loggar:     %s
                %s%s
                 Avsluta med Ctrl-C.
                ============================================================
                """, startup.toMillis() / 1000.0, HTTP_PORT, issuer, KEYCLOAK_PORT, HTTP_PORT, HTTP_PORT, HTTP_PORT,
                payara.logFile(), kluster == null ? "" : clusterNote(kluster), demo ? DEMO_ACCOUNTS : EMPTY_INSTALL);
        stopped.await();
    }

    private static String clusterNote(Kluster kluster) {
        StringBuilder s = new StringBuilder("\n Kluster \"" + kluster.namn() + "\" med " + kluster.noder() + " noder (datanät på 127.0.0.1:"
                + kluster.gridPort() + "–" + (kluster.gridPort() + kluster.noder() - 1) + "):\n");
        for (int i = 0; i < kluster.noder(); i++) {
            s.append("   http://localhost:").append(HTTP_PORT + i).append("/uppfoljning/\n");
        }
        return s.toString();
    }

    private static final String EMPTY_INSTALL = """

             Tom installation: inga förbund, ingen demodata.
             Logga in som systemadmin (lösenord: demo, eller UPPFOLJNING_SYSTEMADMIN_PASSWORD)
             och skapa förbundet under Systemadministration.
             Keycloak läser in realmen på nytt vid varje start: personer och organisationer
             som skapas i Keycloak finns bara tills ./run stoppas.
            """;

    private static final String DEMO_ACCOUNTS = """

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
            """;
}
