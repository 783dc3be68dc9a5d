package se.finsam.uppfoljning.datapaket.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.budget.control.Bokslut;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.boundary.DatabaseMigration;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * With {@code uppfoljning.demo-data=true}, loads the two 2022 PMs of Samordningsförbundet Uppsala
 * län, transcribed into data packages, through the same import the office uses. Only into an empty
 * register, so a restart does not load them twice.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

    public static final String FORBUND = "uppsala-lan";
    static final List<String> PAKET = List.of("/demo/datapaket-2022-1.json", "/demo/datapaket-2022-2.json");

    /** The demo data's key among PostgreSQL's advisory locks (any number no other lock of the database uses). */
    private static final long LAS = 0x5550_464C_4445_4D4FL;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "uppfoljning.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    Insatsregister register;

    @Inject
    Datapaketering datapaketering;

    /**
     * The office entered 2022's rekvisitioner before 2022's books closed; loaded as of that time, the
     * demo data passes the closed-year rule that refuses them from a package today.
     */
    static LocalDate asOf(Datapaket paket) {
        return Bokslut.stangs(paket.period().ar()).minusDays(1);
    }

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    /**
     * Not in one transaction: the nodes of a cluster start at once, and the first to take the lock
     * must have committed the packages (each import commits by itself) before it lets the next check.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!demoData) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // a session lock in PostgreSQL, held while this node checks and loads; the other node
            // waits for it and then finds the register filled (two loads at once collided on the
            // insatser's unique codes and left the second node without the application)
            s.execute("select pg_advisory_lock(" + LAS + ")");
            try {
                if (!register.harInsatser(new ForbundKod(FORBUND))) {
                    loadPackages();
                }
            } finally {
                s.execute("select pg_advisory_unlock(" + LAS + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demodata: databasens lås kunde inte tas", e);
        }
    }

    private void loadPackages() {
        Caller loader = new Caller("demodata", "Demodata", Optional.of(FORBUND), Optional.of("kansliet"), Set.of(Roll.KANSLI));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (String resource : PAKET) {
                try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
                    Datapaket paket = jsonb.fromJson(in, Datapaket.class);
                    Datapaketering.Resultat r = datapaketering.importera(loader, paket, asOf(paket));
                    LOG.info(() -> "Demodata " + resource + ": " + r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Demodata kunde inte läsas in", e);
        }
    }
}
