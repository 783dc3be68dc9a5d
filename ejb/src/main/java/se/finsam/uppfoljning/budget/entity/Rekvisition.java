package se.finsam.uppfoljning.budget.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.budget.BudgetFel;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.entity.Stampel;
import se.finsam.uppfoljning.plattform.entity.Versionerad;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An insats' payment claim for one quarter. The rapportör submits it; the office approves it (then
 * it counts as utfall and is locked) or returns it with a comment, after which the rapportör may
 * correct and submit it again.
 */
@Entity
@Table(name = "rekvisition")
@NamedQuery(name = Rekvisition.BY_INSATS_AND_AR,
        query = "select r from Rekvisition r where r.insats = :insats and r.period.ar = :ar order by r.period.kvartal")
@NamedQuery(name = Rekvisition.BY_INSATS_AND_PERIOD,
        query = "select r from Rekvisition r where r.insats = :insats and r.period.ar = :ar and r.period.kvartal = :kvartal")
@NamedQuery(name = Rekvisition.BY_FORBUND_AND_STATUS,
        query = "select r from Rekvisition r where r.insats.forbund.kod = :forbund and r.status = :status order by r.inskickad.nar")
public class Rekvisition extends Versionerad {

    public static final String BY_FORBUND_AND_STATUS = "Rekvisition.byForbundAndStatus";
    public static final String BY_INSATS_AND_AR = "Rekvisition.byInsatsAndAr";
    public static final String BY_INSATS_AND_PERIOD = "Rekvisition.byInsatsAndPeriod";

    @ManyToOne(optional = false)
    @JoinColumn(name = "insats_id")
    private Insats insats;

    @Embedded
    private Rapportperiod period;

    @Convert(converter = BeloppConverter.class)
    @Column(name = "belopp_ore", nullable = false)
    private Belopp belopp;

    @ElementCollection
    @CollectionTable(name = "rekvisition_kostnadsrad", joinColumns = @JoinColumn(name = "rekvisition_id"))
    @OrderBy("position")
    private List<Kostnadsrad> kostnadsrader = new ArrayList<>();

    @Column(length = 4000)
    private String meddelande;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RekvisitionStatus status;

    /** The office's comment when it returned the claim. */
    @Column(length = 4000)
    private String kommentar;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "inskickad_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "inskickad_at"))
    private Stampel inskickad;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "beslutad_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "beslutad_at"))
    private Stampel beslutad;

    /** What the attachment is; its bytes are a {@link RekvisitionBilaga} of the same id. */
    @Column(name = "bilaga_filnamn", length = 255)
    private String bilagaFilnamn;

    @Enumerated(EnumType.STRING)
    @Column(name = "bilaga_typ", length = 100)
    private Bilagetyp bilagaTyp;

    @Column(name = "bilaga_storlek")
    private Integer bilagaStorlek;

    protected Rekvisition() {
    }

    public Rekvisition(Insats insats, Rapportperiod period) {
        this.insats = Objects.requireNonNull(insats, "Insats krävs.");
        this.period = Objects.requireNonNull(period, "Period krävs.");
    }

    /** A first submission, or a corrected one after a return; never once approved or while with the office. */
    public void submit(Belopp belopp, List<Kostnadsrad> rader, String meddelande, String vem, Instant nar) {
        if (status == RekvisitionStatus.GODKAND || status == RekvisitionStatus.INSKICKAD) {
            throw UppfoljningException.of(BudgetFel.REKVISITION_LAST, period,
                    status == RekvisitionStatus.GODKAND ? "redan godkänd" : "inskickad och granskas av kansliet");
        }
        this.belopp = Objects.requireNonNull(belopp);
        this.kostnadsrader.clear();
        this.kostnadsrader.addAll(rader);
        this.meddelande = meddelande;
        this.status = RekvisitionStatus.INSKICKAD;
        this.kommentar = null;
        this.inskickad = Stampel.av(vem, nar);
        this.beslutad = null;
    }

    /**
     * Attaches a file (or replaces the one attached) while the rapportör may still change the claim:
     * not once approved.
     */
    public void attach(String filnamn, Bilagetyp typ, int storlek) {
        if (status == RekvisitionStatus.GODKAND) {
            throw UppfoljningException.of(BudgetFel.REKVISITION_LAST, period, "redan godkänd");
        }
        this.bilagaFilnamn = Objects.requireNonNull(filnamn);
        this.bilagaTyp = Objects.requireNonNull(typ);
        this.bilagaStorlek = storlek;
    }

    public Optional<String> bilagaFilnamn() { return Optional.ofNullable(bilagaFilnamn); }
    public Optional<Bilagetyp> bilagaTyp() { return Optional.ofNullable(bilagaTyp); }
    public Optional<Integer> bilagaStorlek() { return Optional.ofNullable(bilagaStorlek); }

    public void approve(String vem, Instant nar) {
        requireSubmitted();
        status = RekvisitionStatus.GODKAND;
        decided(vem, nar);
    }

    public void returnWith(String kommentar, String vem, Instant nar) {
        requireSubmitted();
        status = RekvisitionStatus.RETURNERAD;
        this.kommentar = kommentar;
        decided(vem, nar);
    }

    /** Whether the money was paid out: only approved claims are utfall. */
    public boolean isUtfall() {
        return status == RekvisitionStatus.GODKAND;
    }

    /** What the audit trail compares before and after a change. */
    public Map<String, String> snapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("belopp", belopp == null ? null : belopp.toString());
        s.put("kostnadsrader", kostnadsrader.stream().map(k -> k.text() + " " + k.belopp()).toList().toString());
        s.put("meddelande", meddelande);
        s.put("status", status == null ? null : status.name());
        s.put("kommentar", kommentar);
        s.put("bilaga", bilagaFilnamn == null ? null : bilagaFilnamn + " (" + bilagaTyp.name() + ", " + bilagaStorlek + " byte)");
        return s;
    }

    private void requireSubmitted() {
        if (status != RekvisitionStatus.INSKICKAD) {
            throw UppfoljningException.of(BudgetFel.INTE_INSKICKAD, period, status.label().toLowerCase());
        }
    }

    private void decided(String vem, Instant nar) {
        this.beslutad = Stampel.av(vem, nar);
    }

    public Insats insats() { return insats; }
    public Rapportperiod period() { return period; }
    public Belopp belopp() { return belopp; }
    public List<Kostnadsrad> kostnadsrader() { return List.copyOf(kostnadsrader); }
    public String meddelande() { return meddelande; }
    public RekvisitionStatus status() { return status; }
    public String kommentar() { return kommentar; }
    public Instant inskickadAt() { return inskickad.nar(); }
    public String inskickadAv() { return inskickad.vem(); }
    public Optional<Instant> beslutadAt() { return Optional.ofNullable(beslutad).map(Stampel::nar); }
    public Optional<String> beslutadAv() { return Optional.ofNullable(beslutad).map(Stampel::vem); }
}
