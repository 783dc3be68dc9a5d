package se.finsam.uppfoljning.pm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.plattform.entity.Numrerad;
import se.finsam.uppfoljning.plattform.entity.Stampel;

import java.time.Instant;
import java.util.Objects;

/** One narrative section of one PM (förbund, year, half-year), as the office last saved it. */
@Entity
@Table(name = "pm_text")
@NamedQuery(name = PmBerattelse.BY_PM,
        query = "select t from PmBerattelse t where t.forbund.kod = :forbund and t.ar = :ar and t.halvar = :halvar")
public class PmBerattelse extends Numrerad {

    public static final String BY_PM = "PmBerattelse.byPm";
    public static final int MAX_TEXT = 20000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "forbund_id")
    private Forbund forbund;

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

    @Version
    private long version;

    protected PmBerattelse() {
    }

    public PmBerattelse(Forbund forbund, int ar, int halvar, Avsnitt avsnitt) {
        this.forbund = Objects.requireNonNull(forbund, "Texten hör till ett förbund.");
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
    public long version() { return version; }
}
