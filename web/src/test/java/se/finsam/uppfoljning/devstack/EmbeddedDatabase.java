package se.finsam.uppfoljning.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A real PostgreSQL (binaries from Maven Central) for ./run and the integration tests. The data
 * directory survives restarts of the process, and the server can be stopped and started again
 * under a running application, which is how the pool's reconnect is tested.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String NAME = "uppfoljning";
    public static final String USER = "uppfoljning";
    public static final String PASSWORD = "uppfoljning";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    public EmbeddedDatabase(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    public synchronized EmbeddedDatabase start() throws IOException {
        if (server == null) {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // the default 10 s is too short on a busy 2-core machine (60 s was too, once)
                    .setPGStartupWait(java.time.Duration.ofSeconds(180))
                    .start();
            createDatabaseOnce();
        }
        return this;
    }

    public synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + NAME;
    }

    private void createDatabaseOnce() throws IOException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!rs.next()) {
                    s.execute("create role " + USER + " login password '" + PASSWORD + "'");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("Kunde inte skapa rollen " + USER, e);
        }
        createDatabase(NAME);
    }

    /**
     * An empty database owned by the application's user, if it does not exist yet: {@link #NAME}, or
     * a second one for an application that must not share the first one's register (the Payara
     * Server deployment test runs beside the Payara Micro of the other tests).
     */
    public synchronized void createDatabase(String name) throws IOException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + name + " owner " + USER + " encoding 'UTF8' template template0");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("Kunde inte skapa databasen " + name, e);
        }
    }

    /** The asadmin commands that give Payara its pooled datasource; the same ones an operator runs. */
    public String poolCommands() {
        return PayaraPool.commands("localhost", port, NAME, USER, PASSWORD);
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
