package se.finsam.uppfoljning.layout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Which version of a layout a förbund's PMs are rendered with. Without a row, version 1 (the build's
 * own). Publishing a new version and rolling back to an earlier one both move this one pointer.
 */
@Entity
@Table(name = "layout_publicerad")
@NamedQuery(name = PubliceradLayout.BY_FORBUND,
        query = "select p from PubliceradLayout p where p.forbundKod = :forbund")
public class PubliceradLayout {

    public static final String BY_FORBUND = "PubliceradLayout.byForbund";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forbund_kod", nullable = false, length = 40)
    private String forbundKod;

    @Column(nullable = false, length = 60)
    private String namn;

    @Column(nullable = false)
    private int version;

    @Column(name = "andrad_av", nullable = false, length = 200)
    private String andradAv;

    @Column(name = "andrad_at", nullable = false)
    private OffsetDateTime andradAt;

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
        this.andradAv = Objects.requireNonNull(vem);
        this.andradAt = nar.atOffset(ZoneOffset.UTC);
    }

    public String namn() { return namn; }
    public int version() { return version; }
    public String andradAv() { return andradAv; }
    public Instant andradAt() { return andradAt.toInstant(); }
}
