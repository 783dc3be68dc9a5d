package se.finsam.uppfoljning.plattform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import se.finsam.uppfoljning.plattform.boundary.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready means: a pooled connection to PostgreSQL answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            return HealthCheckResponse.named("databas").status(c.isValid(2)).build();
        } catch (Exception e) {
            // the reason goes to the log of the pool, not to an unauthenticated endpoint
            return HealthCheckResponse.named("databas").down().build();
        }
    }
}
