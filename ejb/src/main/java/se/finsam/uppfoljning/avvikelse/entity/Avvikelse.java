package se.finsam.uppfoljning.avvikelse.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.avvikelse.AvvikelseFel;
import se.finsam.uppfoljning.budget.entity.Belopp;
import se.finsam.uppfoljning.budget.entity.BeloppConverter;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Numrerad;
import se.finsam.uppfoljning.plattform.entity.Stampel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deviation report filed for an insats' steering group: what kind, a description and, for a
 * budget deviation, the year whose unused funds are asked to move to the next year and how much.
 * The förbundschef's decisions are kept in order and never changed: the last one is in force; a
 * correction is a new decision that names the one it replaces.
 */
@Entity
@Table(name = "avvikelse")
@NamedQuery(name = Avvikelse.BY_INSATS,
        query = "select a from Avvikelse a where a.insats = :insats order by a.inkommen, a.id")
@NamedQuery(name = Avvikelse.BY_FORBUND,
        query = "select a from Avvikelse a where a.insats.forbund.kod = :forbund order by a.inkommen, a.id")
public class Avvikelse extends Numrerad {

    public static final String BY_INSATS = "Avvikelse.byInsats";
    public static final String BY_FORBUND = "Avvikelse.byForbund";

    @ManyToOne(optional = false)
    @JoinColumn(name = "insats_id")
    private Insats insats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AvvikelseTyp typ;

    @Column(nullable = false, length = 4000)
    private String beskrivning;

    /** Budget deviations only: the year whose unused funds the request is about. */
    private Integer ar;

    @Convert(converter = BeloppConverter.class)
    @Column(name = "begart_ore")
    private Belopp begart;

    @Column(nullable = false)
    private LocalDate inkommen;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "inlamnad_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "inlamnad_at"))
    private Stampel inlamnad;

    @OneToMany(mappedBy = "avvikelse", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<AvvikelseBeslut> beslut = new ArrayList<>();

    protected Avvikelse() {
    }

    public Avvikelse(Insats insats, AvvikelseTyp typ, String beskrivning, Integer ar, Belopp begart, LocalDate inkommen,
                     String vem, Instant nar) {
        this.insats = Objects.requireNonNull(insats, "Insats krävs.");
        this.typ = Objects.requireNonNull(typ, "Typ krävs.");
        this.beskrivning = Objects.requireNonNull(beskrivning, "Beskrivning krävs.");
        if ((typ == AvvikelseTyp.BUDGET) != (ar != null)) {
            throw new IllegalArgumentException("År anges för budgetavvikelser och bara för dem.");
        }
        if (begart != null && (typ != AvvikelseTyp.BUDGET || begart.isNegative())) {
            throw new IllegalArgumentException("Ett begärt belopp hör till en budgetavvikelse och är inte negativt.");
        }
        this.ar = ar;
        this.begart = begart;
        this.inkommen = Objects.requireNonNull(inkommen, "Datum krävs.");
        this.inlamnad = Stampel.av(vem, nar);
    }

    /**
     * Records the förbundschef's decision. A deviation without a decision gets its first; one with a
     * decision only a correction of the decision in force ({@code ersatter}). Amounts: a full
     * approval moves what was asked, a partial one the given amount (more than 0, less than asked),
     * a rejection nothing.
     */
    public AvvikelseBeslut decide(BeslutUtfall utfall, Belopp belopp, String motivering, LocalDate beslutsdatum,
                                  AvvikelseBeslut ersatter, String vem, Instant nar) {
        Optional<AvvikelseBeslut> gallande = gallandeBeslut();
        if (ersatter == null && gallande.isPresent()) {
            throw UppfoljningException.of(AvvikelseFel.REDAN_BESLUTAD, gallande.get().utfall().label().toLowerCase()
                    + " " + gallande.get().beslutsdatum());
        }
        if (ersatter != null && gallande.isEmpty()) {
            throw UppfoljningException.of(AvvikelseFel.INGET_BESLUT_ATT_RATTA);
        }
        if (ersatter != null && !ersatter.equals(gallande.get())) {
            throw UppfoljningException.of(AvvikelseFel.INTE_GALLANDE_BESLUT, gallande.get().id());
        }
        Belopp flyttas = switch (utfall) {
            case GODKAND -> begart;
            case DELVIS_GODKAND -> Objects.requireNonNull(belopp, "Delvis godkänt belopp krävs.");
            case AVSLAGEN -> null;
        };
        AvvikelseBeslut b = new AvvikelseBeslut(this, utfall, flyttas, motivering, beslutsdatum, ersatter, vem, nar);
        beslut.add(b);
        return b;
    }

    public Optional<AvvikelseBeslut> gallandeBeslut() {
        return beslut.isEmpty() ? Optional.empty() : Optional.of(beslut.getLast());
    }

    public boolean isBeslutad() {
        return !beslut.isEmpty();
    }

    public Insats insats() { return insats; }
    public AvvikelseTyp typ() { return typ; }
    public String beskrivning() { return beskrivning; }
    public Optional<Integer> ar() { return Optional.ofNullable(ar); }
    public Optional<Belopp> begart() { return Optional.ofNullable(begart); }
    public LocalDate inkommen() { return inkommen; }
    public String inlamnadAv() { return inlamnad.vem(); }
    public Instant inlamnadAt() { return inlamnad.nar(); }
    public List<AvvikelseBeslut> beslut() { return List.copyOf(beslut); }
}
