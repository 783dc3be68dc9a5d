package se.finsam.uppfoljning.deltagare.entity;

import se.finsam.uppfoljning.plattform.entity.Halvar;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Stampel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An individinsats' participant statistics for one period: counts by sex, anonymous registrations,
 * the outcome, the termination reasons (following a version of the code list) and the target group.
 * Aggregates only. Rules the figures break on purpose are recorded with their explanation.
 */
@Entity
@Table(name = "deltagarstatistik")
@NamedQuery(name = Deltagarstatistik.BY_INSATS_AND_PERIOD,
        query = "select d from Deltagarstatistik d where d.insats = :insats and d.ar = :ar and d.halvar = :halvar")
@NamedQuery(name = Deltagarstatistik.BY_FORBUND_AND_PERIOD,
        query = "select d from Deltagarstatistik d where d.insats.forbund.kod = :forbund and d.ar = :ar and d.halvar = :halvar")
@NamedQuery(name = Deltagarstatistik.BY_INSATSER_AND_PERIOD,
        query = "select d from Deltagarstatistik d where d.insats.id in :insatser and d.ar = :ar and d.halvar = :halvar")
@NamedQuery(name = Deltagarstatistik.BY_INSATS_LATEST_FIRST,
        query = "select d from Deltagarstatistik d where d.insats = :insats order by d.ar desc, d.halvar desc")
@NamedQuery(name = Deltagarstatistik.FORSTA_AR,
        query = "select min(d.ar) from Deltagarstatistik d where d.insats.forbund.kod = :forbund")
public class Deltagarstatistik {

    public static final String FORSTA_AR = "Deltagarstatistik.forstaAr";
    static final int ID_BLOCK = 50;

    public static final String BY_INSATS_AND_PERIOD = "Deltagarstatistik.byInsatsAndPeriod";
    public static final String BY_FORBUND_AND_PERIOD = "Deltagarstatistik.byForbundAndPeriod";
    public static final String BY_INSATSER_AND_PERIOD = "Deltagarstatistik.byInsatserAndPeriod";
    public static final String BY_INSATS_LATEST_FIRST = "Deltagarstatistik.byInsatsLatestFirst";

    /**
     * From a sequence handing out blocks of {@value #ID_BLOCK} (V11, whose increment must be the same):
     * the id is known before the insert, so a batch of records goes to the database in JDBC batches.
     */
    @Id
    @SequenceGenerator(name = "deltagarstatistik_seq", sequenceName = "deltagarstatistik_seq", allocationSize = Deltagarstatistik.ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deltagarstatistik_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "insats_id")
    private Insats insats;

    @Column(nullable = false)
    private int ar;

    @Column(nullable = false)
    private int halvar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kalla kalla;

    private LocalDate uttagsdatum;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "k", column = @Column(name = "pagaende_start_k")),
            @AttributeOverride(name = "m", column = @Column(name = "pagaende_start_m"))})
    private Antal pagaendeStart;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "k", column = @Column(name = "inregistrerade_k")),
            @AttributeOverride(name = "m", column = @Column(name = "inregistrerade_m"))})
    private Antal inregistrerade;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "k", column = @Column(name = "avslutade_k")),
            @AttributeOverride(name = "m", column = @Column(name = "avslutade_m"))})
    private Antal avslutade;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "k", column = @Column(name = "avslutade_hela_k")),
            @AttributeOverride(name = "m", column = @Column(name = "avslutade_hela_m"))})
    private Antal avslutadeHelaPerioden;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "k", column = @Column(name = "pagaende_slut_k")),
            @AttributeOverride(name = "m", column = @Column(name = "pagaende_slut_m"))})
    private Antal pagaendeSlut;

    private int anonyma;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "k", column = @Column(name = "arbete_studier_k")),
            @AttributeOverride(name = "m", column = @Column(name = "arbete_studier_m"))})
    private Antal arbeteStudier;

    @Column(name = "handlingsplan_procent")
    private Integer handlingsplanProcent;

    @Column(name = "kodlista", nullable = false)
    private int kodlista;

    @Column(name = "anledningar_uttagsdatum")
    private LocalDate anledningarUttagsdatum;

    // the owned rows are entities, not element collections: see Delrad
    @OneToMany(mappedBy = "statistik", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @MapKey(name = "nyckel")
    private Map<String, Anledningsantal> avslutningsanledningar = new HashMap<>();

    @Column(name = "malgrupp_uttagsdatum")
    private LocalDate malgruppUttagsdatum;

    @Column(name = "malgrupp_k")
    private Integer malgruppK;

    @Column(name = "malgrupp_m")
    private Integer malgruppM;

    /** By the category's name. */
    @OneToMany(mappedBy = "statistik", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @MapKey(name = "nyckel")
    private Map<String, Malgruppsantal> malgrupp = new HashMap<>();

    @Column(name = "snittdagar_k")
    private BigDecimal snittdagarK;

    @Column(name = "snittdagar_m")
    private BigDecimal snittdagarM;

    @OneToMany(mappedBy = "statistik", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @MapKey(name = "nyckel")
    private Map<String, Forklaring> forklaringar = new HashMap<>();

    @Embedded
    private Stampel andrad;

    /** The committed SUS import that wrote the figures (V16); null when typed in or from a data package. */
    @Column(name = "sus_import_id")
    private Long susImport;

    @Version
    private long version;

    protected Deltagarstatistik() {
    }

    public Deltagarstatistik(Insats insats, Halvar period) {
        this.insats = Objects.requireNonNull(insats, "Insats krävs.");
        Objects.requireNonNull(period, "Period krävs.");
        this.ar = period.ar();
        this.halvar = period.halvar();
    }

    /**
     * Records the period's figures (replacing the previous ones) with the explanations of the rules
     * they break on purpose. The figures' rules are checked before, by {@code Konsistensregler}.
     */
    public void record(Deltagarsiffror s, Map<String, String> forklaringar, Kalla kalla, String av, Instant nar) {
        record(s, forklaringar, kalla, null, av, nar);
    }

    /**
     * As {@link #record(Deltagarsiffror, Map, Kalla, String, Instant)}, naming the committed SUS
     * import that writes the figures (null when they come otherwise).
     */
    public void record(Deltagarsiffror s, Map<String, String> forklaringar, Kalla kalla, Long susImport, String av, Instant nar) {
        this.kalla = Objects.requireNonNull(kalla, "Källa krävs.");
        if (susImport != null && kalla != Kalla.SUS) {
            throw new IllegalArgumentException("Bara en SUS-import anger import.");
        }
        this.susImport = susImport;
        if (s.anonyma() < 0) {
            throw new IllegalArgumentException("Antalet anonyma kan inte vara negativt.");
        }
        this.uttagsdatum = s.uttagsdatum();
        this.pagaendeStart = s.pagaendeStart();
        this.inregistrerade = s.inregistrerade();
        this.avslutade = s.avslutade();
        this.avslutadeHelaPerioden = s.avslutadeHelaPerioden();
        this.pagaendeSlut = s.pagaendeSlut();
        this.anonyma = s.anonyma();
        this.arbeteStudier = s.arbeteStudier();
        this.handlingsplanProcent = s.handlingsplanProcent();
        this.kodlista = s.kodlista();
        this.anledningarUttagsdatum = s.anledningarUttagsdatum();
        Delrad.ersatt(this.avslutningsanledningar, s.avslutningsanledningar(), (kod, a) -> new Anledningsantal(this, kod, a),
                Anledningsantal::satt);
        Deltagarsiffror.Malgrupp mg = s.malgrupp();
        this.malgruppUttagsdatum = mg == null ? null : mg.uttagsdatum();
        this.malgruppK = mg == null ? null : mg.antal().k();
        this.malgruppM = mg == null ? null : mg.antal().m();
        this.snittdagarK = mg == null ? null : mg.snittdagarK();
        this.snittdagarM = mg == null ? null : mg.snittdagarM();
        Map<String, Antal> fordelning = new HashMap<>();
        if (mg != null) {
            mg.fordelning().forEach((kategori, a) -> fordelning.put(kategori.name(), a));
        }
        Delrad.ersatt(this.malgrupp, fordelning, (kategori, a) -> new Malgruppsantal(this, kategori, a), Malgruppsantal::satt);
        Delrad.ersatt(this.forklaringar, forklaringar, (regel, text) -> new Forklaring(this, regel, text), Forklaring::satt);
        this.andrad = Stampel.av(av, nar);
    }

    /** The stored figures as a value. */
    public Deltagarsiffror siffror() {
        Deltagarsiffror.Malgrupp mg = malgruppK == null ? null : new Deltagarsiffror.Malgrupp(malgruppUttagsdatum,
                new Antal(malgruppK, malgruppM == null ? 0 : malgruppM), fordelning(), snittdagarK, snittdagarM);
        return new Deltagarsiffror(uttagsdatum, pagaendeStart, inregistrerade, avslutade, avslutadeHelaPerioden, pagaendeSlut,
                anonyma, arbeteStudier, handlingsplanProcent, kodlista, anledningarUttagsdatum, anledningar(),
                mg, Map.of());
    }

    public Long id() { return id; }
    public Insats insats() { return insats; }
    public Halvar period() { return new Halvar(ar, halvar); }
    public Kalla kalla() { return kalla; }
    public Map<String, String> forklaringar() {
        Map<String, String> svar = new HashMap<>();
        forklaringar.forEach((regel, f) -> svar.put(regel, f.text()));
        return Map.copyOf(svar);
    }

    private Map<String, Antal> anledningar() {
        Map<String, Antal> svar = new HashMap<>();
        avslutningsanledningar.forEach((kod, a) -> svar.put(kod, a.antal()));
        return Map.copyOf(svar);
    }

    private Map<Malgruppskategori, Antal> fordelning() {
        Map<Malgruppskategori, Antal> svar = new EnumMap<>(Malgruppskategori.class);
        malgrupp.forEach((kategori, a) -> svar.put(Malgruppskategori.valueOf(kategori), a.antal()));
        return Map.copyOf(svar);
    }
    public String andradAv() { return andrad.vem(); }
    public Instant andradAt() { return andrad.nar(); }
    public long version() { return version; }
    /** The id of the committed SUS import that wrote the figures, if they came from one. */
    public Optional<Long> susImport() { return Optional.ofNullable(susImport); }
}
