package se.finsam.uppfoljning.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.finsam.uppfoljning.plattform.entity.Numrerad;

import java.util.Objects;

/**
 * A samordningsförbund: the tenant. Every object of the application belongs to exactly one, and no
 * one sees another förbund's data.
 */
@Entity
@Table(name = "forbund")
@NamedQuery(name = Forbund.BY_KOD, query = "select f from Forbund f where f.kod = :kod")
public class Forbund extends Numrerad {

    public static final String BY_KOD = "Forbund.byKod";

    /** Stable short code, the value of the token's {@code forbund} claim. */
    @Column(nullable = false, unique = true, length = 40)
    private String kod;

    @Column(nullable = false, length = 200)
    private String namn;

    @Version
    private long version;

    protected Forbund() {
    }

    public Forbund(String kod, String namn) {
        this.kod = Objects.requireNonNull(kod, "Förbundets kod krävs.");
        this.namn = Objects.requireNonNull(namn, "Förbundets namn krävs.");
    }

    public String kod() { return kod; }
    public String namn() { return namn; }
}
