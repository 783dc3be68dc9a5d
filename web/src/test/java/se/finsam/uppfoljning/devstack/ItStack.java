package se.finsam.uppfoljning.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts PostgreSQL and Keycloak once for the whole integration-test run (failsafe runs all ITs in
 * one JVM), before Arquillian starts Payara Micro, and stops them at the end. Under surefire it
 * does nothing: {@code arquillian.launch} is set only for the integration tests.
 */
public class ItStack implements LauncherSessionListener {

    private static EmbeddedDatabase database;
    private static GreenMail mail;
    private static LocalKeycloak keycloak;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("arquillian.launch") == null) {
            return;
        }
        try {
            start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        try {
            if (database != null) {
                database.stop();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void start() throws IOException, InterruptedException {
        if (database != null) {
            return;
        }
        Path stackDir = Path.of(System.getProperty("stack.dir"));
        Path pgData = stackDir.resolve("pgdata-it");
        LocalKeycloak.deleteRecursively(pgData);
        database = new EmbeddedDatabase(Files.createDirectories(pgData), Integer.getInteger("it.db.port")).start();
        mail = new GreenMail(new ServerSetup(
                Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        keycloak = new LocalKeycloak(LocalKeycloak.distribution(stackDir), Path.of(System.getProperty("realm.dir")),
                Integer.getInteger("it.keycloak.port")).start();
        // Arquillian's Payara reads its pool from this file (see arquillian.xml)
        // one node (--nohazelcast): sessions in memory
        Files.writeString(stackDir.resolve("postboot-it.asadmin"), database.poolCommands() + Kluster.SESSIONER_I_MINNET);
    }

    /** The running test database, for tests that stop and start it. */
    public static EmbeddedDatabase database() {
        return database;
    }

    /** The SMTP server the application sends its e-mail to during the tests. */
    public static GreenMail mail() {
        return mail;
    }

    public static LocalKeycloak keycloak() {
        return keycloak;
    }
}
