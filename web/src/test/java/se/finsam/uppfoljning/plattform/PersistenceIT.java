package se.finsam.uppfoljning.plattform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.partner.boundary.NyPartner;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.partner.boundary.PartnerView;
import se.finsam.uppfoljning.partner.entity.PartnerTyp;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside Payara Micro against the real PostgreSQL: Flyway has migrated the schema, EclipseLink
 * writes and reads through the container's pool, changes are audited, and refused input leaves
 * nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app(PersistenceIT.class);
    }

    @Resource(lookup = "jdbc/uppfoljning")
    DataSource dataSource;

    @Inject
    PartnerRegister register;

    @Inject
    AuditTrail audit;

    private final Caller systemadmin = new Caller("it.systemadmin", "IT Systemadmin", Optional.of("demo-annat"),
            Optional.of("kansliet-annat"), Set.of(Roll.SYSTEMADMIN));

    @Test
    void flywayHasMigratedThePostgresSchema() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from flyway_schema_history where version = '1' and success")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void aRegisteredPartnerIsStoredReadBackAndAudited() {
        String organisation = "kommun-" + UUID.randomUUID().toString().substring(0, 8);
        PartnerView created = register.register(systemadmin, new NyPartner(organisation, "Testkommun", PartnerTyp.KOMMUN));

        List<PartnerView> partners = register.partners(systemadmin);
        assertTrue(partners.stream().anyMatch(p -> p.organisation().equals(organisation) && p.namn().equals("Testkommun")));
        assertEquals(Set.of("organisation", "namn", "typ"),
                Set.copyOf(audit.of("Partner", created.id()).stream().map(a -> a.field()).toList()));
        assertEquals("it.systemadmin", audit.of("Partner", created.id()).get(0).changedBy());
    }

    @Test
    void invalidInputIsRefusedPerFieldAndNothingIsWritten() throws Exception {
        long before = countPartners();
        EJBException refused = assertThrows(EJBException.class,
                () -> register.register(systemadmin, new NyPartner("Ogiltig Organisation!", "", null)));
        assertInstanceOf(jakarta.validation.ConstraintViolationException.class, refused.getCause());
        assertEquals(before, countPartners());
    }

    @Test
    void aDuplicateIsAConflictAndNothingIsWritten() throws Exception {
        long before = countPartners();
        UppfoljningException conflict = assertThrows(UppfoljningException.class,
                () -> register.register(systemadmin, new NyPartner("arbetsformedlingen", "Arbetsförmedlingen", PartnerTyp.ARBETSFORMEDLINGEN)));
        assertEquals("PAR-003", conflict.code());
        assertEquals(before, countPartners());
    }

    private long countPartners() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from partner")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
