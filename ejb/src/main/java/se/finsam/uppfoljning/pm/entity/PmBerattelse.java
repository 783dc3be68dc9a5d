package se.finsam.uppfoljning.pm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Stampel;
import se.finsam.uppfoljning.plattform.entity.Versionerad;

import java.time.Instant;
import java.util.Objects;

/** One narrative section of one PM (förbund, year, half-year), as the office last saved it. */
@Entity
@Table(name = "pm_text")
@NamedQuery(name = PmBerattelse.BY_PM,
        query = "select t from PmBerattelse t where t.forbundId = :forbund and t.ar = :ar and t.halvar = :halvar")
public class PmBerattelse extends Versionerad {

    public static final String BY_PM = "PmBerattelse.byPm";
    public static final int MAX_TEXT = 20000;

    /** The förbund's key: the förbund is partner's entity, named here by its id only (issue 18). */
    @Column(name = "forbund_id", nullable = false)
    private long forbundId;

    @Column(nullable = false)
    private int ar;

    @Column(nullable = false)
    private int halvar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Avsnitt avsnitt;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Embedded
    private Stampel andrad;

    protected PmBerattelse() {
    }

    public PmBerattelse(long forbundId, int ar, int halvar, Avsnitt avsnitt) {
        if (forbundId <= 0) {
            throw new IllegalArgumentException("Texten hör till ett förbund.");
        }
        this.forbundId = forbundId;
        this.ar = ar;
        if (halvar != 1 && halvar != 2) {
            throw new IllegalArgumentException("Halvår är 1 eller 2.");
        }
        this.halvar = halvar;
        this.avsnitt = Objects.requireNonNull(avsnitt, "Texten hör till ett avsnitt.");
    }

    /** The office's new wording; who and when are kept beside it for the page. */
    public void rewrite(String text, String vem, Instant nar) {
        this.text = Objects.requireNonNull(text, "Texten saknas.");
        this.andrad = Stampel.av(vem, nar);
    }

    public int ar() { return ar; }
    public int halvar() { return halvar; }
    public Avsnitt avsnitt() { return avsnitt; }
    public String text() { return text; }
    public String andradAv() { return andrad.vem(); }
    public Instant andradAt() { return andrad.nar(); }
}
