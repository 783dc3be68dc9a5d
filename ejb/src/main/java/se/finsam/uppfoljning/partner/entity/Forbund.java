package se.finsam.uppfoljning.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Versionerad;

import java.util.Objects;

/**
 * A samordningsförbund: the tenant. Every object of the application belongs to exactly one, and no
 * one sees another förbund's data.
 */
@Entity
@Table(name = "forbund")
@NamedQuery(name = Forbund.BY_KOD, query = "select f from Forbund f where f.kod = :kod")
@NamedQuery(name = Forbund.ALL, query = "select f from Forbund f order by f.namn")
@NamedQuery(name = Forbund.FOR_READING, query = "select f from Forbund f where f.kod = :kod",
        hints = {@QueryHint(name = "eclipselink.read-only", value = "True"),
                @QueryHint(name = "eclipselink.query-results-cache", value = "True")})
public class Forbund extends Versionerad {

    public static final String BY_KOD = "Forbund.byKod";
    public static final String ALL = "Forbund.all";
    /**
     * The same lookup for readers (the PM on every request): answered from EclipseLink's query
     * results cache, dropped when a förbund is written through JPA (decision 0024).
     */
    public static final String FOR_READING = "Forbund.forReading";

    /** Stable short code, the value of the token's {@code forbund} claim. */
    @Column(nullable = false, unique = true, length = 40)
    private String kod;

    @Column(nullable = false, length = 200)
    private String namn;

    protected Forbund() {
    }

    public Forbund(String kod, String namn) {
        this.kod = Objects.requireNonNull(kod, "Förbundets kod krävs.");
        this.namn = Objects.requireNonNull(namn, "Förbundets namn krävs.");
    }

    public String kod() { return kod; }
    public String namn() { return namn; }
}
