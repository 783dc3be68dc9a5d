package se.finsam.uppfoljning.plattform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before the application serves anything. EclipseLink never creates
 * or alters tables: Flyway's migrations in {@code db/migration} are the only source of the schema.
 * The demo data of the two 2022 PMs lives in its own location so a production database never gets it.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    /** The JNDI name the application expects its datasource under, in Payara Micro and Payara Server alike. */
    public static final String DATASOURCE = "jdbc/uppfoljning";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "uppfoljning.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // demo data may be switched off later; its applied scripts are then simply absent
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
        LOG.info(() -> "Databasschemat är migrerat till version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " nya migreringar, demodata: " + demoData + ")");
    }
}
