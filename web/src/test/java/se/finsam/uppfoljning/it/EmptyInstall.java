package se.finsam.uppfoljning.it;

import jakarta.json.JsonObject;
import se.finsam.uppfoljning.devstack.EmbeddedDatabase;
import se.finsam.uppfoljning.devstack.EmptyRealm;
import se.finsam.uppfoljning.devstack.ItStack;
import se.finsam.uppfoljning.devstack.LocalKeycloak;
import se.finsam.uppfoljning.devstack.PayaraMicro;
import se.finsam.uppfoljning.devstack.PayaraPool;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An empty install beside the shared test deployment, for a test that starts from nothing: the
 * shipped WAR in a Payara Micro of its own with the demo data off, on a database of its own in the
 * run's PostgreSQL, signing in through a realm of its own in the run's Keycloak that holds only what
 * an empty install's realm holds (the bootstrap system administrator). Nothing of the shared
 * deployment is touched or restarted, and its demo realm and register stay as they are; only the
 * test that asks for one pays its start (a Payara start, about 30 s).
 */
public final class EmptyInstall implements AutoCloseable {

    public static final String REALM = "uppfoljning-tom";
    public static final String DATABASE = "uppfoljning_tom";
    public static final String SYSTEMADMIN = "systemadmin";
    public static final String SYSTEMADMIN_PASSWORD = LocalKeycloak.SYSTEMADMIN_PASSWORD;

    private final int port;
    private final PayaraMicro payara;

    private EmptyInstall(int port, PayaraMicro payara) {
        this.port = port;
        this.payara = payara;
    }

    public static EmptyInstall start() throws IOException, InterruptedException {
        // beside the run's Payara (18080), the Payara Server test (+500…+586) and the benchmarks' ports
        int port = Integer.getInteger("it.empty.http.port", Integer.getInteger("it.http.port") + 700);
        EmbeddedDatabase database = ItStack.database();
        database.createDatabase(DATABASE);
        String appUrl = "http://localhost:" + port + "/" + Deployments.CONTEXT;
        createRealm(appUrl);

        Path stackDir = Path.of(System.getProperty("stack.dir"));
        Map<String, String> props = new LinkedHashMap<>();
        props.put("uppfoljning.demo-data", "false");
        props.put("payara.security.openid.providerURI", RealmAdmin.base() + "/realms/" + REALM);
        props.put("uppfoljning.epost.smtp-host", "localhost");
        props.put("uppfoljning.epost.smtp-port", System.getProperty("it.smtp.port"));
        props.put("uppfoljning.publik-url", appUrl);
        PayaraMicro payara = new PayaraMicro(stackDir, Path.of(System.getProperty("war.file")), port).withoutClassDataSharing()
                .start(PayaraPool.commands("localhost", database.port(), DATABASE, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD),
                        props);
        EmptyInstall install = new EmptyInstall(port, payara);
        try {
            payara.awaitReady(Duration.ofMinutes(4));
        } catch (IOException | RuntimeException e) {
            install.close();
            throw e;
        }
        return install;
    }

    /** The realm afresh: a run's Keycloak starts empty, but a test run twice in it must not meet the last one's people. */
    private static void createRealm(String appUrl) throws IOException {
        RealmAdmin.send("DELETE", "/" + REALM, null);
        JsonObject realm = EmptyRealm.json(Path.of(System.getProperty("realm.dir")), REALM, Map.of(
                "UPPFOLJNING_APP_URL", appUrl,
                "UPPFOLJNING_SYSTEMADMIN_PASSWORD", SYSTEMADMIN_PASSWORD,
                "UPPFOLJNING_SMTP_PORT", System.getProperty("it.smtp.port"),
                "UPPFOLJNING_KEYCLOAK_URL", RealmAdmin.base()));
        HttpResponse<String> created = RealmAdmin.send("POST", "", realm.toString());
        if (created.statusCode() != 201) {
            throw new IOException("Keycloak skapade inte realmen " + REALM + ": " + created.statusCode() + " " + created.body());
        }
    }

    /** The application's address, e.g. {@code http://localhost:18780/uppfoljning}. */
    public String baseUrl() {
        return "http://localhost:" + port + "/" + Deployments.CONTEXT;
    }

    public Path logFile() {
        return payara.logFile();
    }

    @Override
    public void close() {
        payara.close();
        RealmAdmin.send("DELETE", "/" + REALM, null);
    }
}
