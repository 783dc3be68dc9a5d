package se.finsam.uppfoljning.layout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.finsam.uppfoljning.plattform.entity.Numrerad;
import se.finsam.uppfoljning.plattform.entity.Stampel;

import java.time.Instant;
import java.util.Objects;

/**
 * Which version of a layout a förbund's PMs are rendered with. Without a row, version 1 (the build's
 * own). Publishing a new version and rolling back to an earlier one both move this one pointer.
 */
@Entity
@Table(name = "layout_publicerad")
@NamedQuery(name = PubliceradLayout.BY_FORBUND,
        query = "select p from PubliceradLayout p where p.forbundKod = :forbund")
public class PubliceradLayout extends Numrerad {

    public static final String BY_FORBUND = "PubliceradLayout.byForbund";

    @Column(name = "forbund_kod", nullable = false, length = 40)
    private String forbundKod;

    @Column(nullable = false, length = 60)
    private String namn;

    @Column(nullable = false)
    private int version;

    @Embedded
    private Stampel andrad;

    @Version
    @Column(name = "lasning")
    private long lasning;

    protected PubliceradLayout() {
    }

    public PubliceradLayout(String forbundKod, String namn) {
        this.forbundKod = Objects.requireNonNull(forbundKod);
        this.namn = Objects.requireNonNull(namn);
        this.version = 1;
    }

    /** Renders the förbund's PMs with {@code version} from now on. */
    public void publish(int version, String vem, Instant nar) {
        if (version < 1) {
            throw new IllegalArgumentException("Versionsnummer börjar på 1.");
        }
        this.version = version;
        this.andrad = Stampel.av(vem, nar);
    }

    public String namn() { return namn; }
    public int version() { return version; }
    public String andradAv() { return andrad.vem(); }
    public Instant andradAt() { return andrad.nar(); }
}
