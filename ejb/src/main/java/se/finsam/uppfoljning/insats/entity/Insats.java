package se.finsam.uppfoljning.insats.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.partner.entity.Partner;
import se.finsam.uppfoljning.plattform.entity.Versionerad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An insats funded by the förbund: who owns it, who co-operates, when it runs (with the board's
 * extensions), its goals, and who reports on it.
 */
@Entity
@Table(name = "insats")
@NamedQuery(name = Insats.BY_FORBUND,
        query = "select i from Insats i where i.forbund.kod = :forbund order by i.sortering, i.namn")
public class Insats extends Versionerad {

    public static final String BY_FORBUND = "Insats.byForbund";

    @ManyToOne(optional = false)
    @JoinColumn(name = "forbund_id")
    private Forbund forbund;

    @Column(nullable = false, length = 60)
    private String kod;

    @Column(nullable = false, length = 300)
    private String namn;

    @Column(nullable = false, length = 300)
    private String kortnamn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InsatsTyp typ;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agare_id")
    private Partner agare;

    @ManyToMany
    @JoinTable(name = "insats_samverkanspart",
            joinColumns = @JoinColumn(name = "insats_id"), inverseJoinColumns = @JoinColumn(name = "partner_id"))
    private Set<Partner> samverkansparter = new HashSet<>();

    @Column(name = "startdatum", nullable = false)
    private LocalDate start;

    /** The end as first granted; extensions move it (see {@link #slutPer(LocalDate)}). */
    @Column(name = "slutdatum", nullable = false)
    private LocalDate slut;

    @OneToMany(mappedBy = "insats", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("beslutsdatum")
    private List<Forlangning> forlangningar = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InsatsStatus status;

    @Column(length = 2000)
    private String malgrupp;

    @OneToMany(mappedBy = "insats", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("nummer")
    private List<Mal> mal = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "styrgrupp_ledamot", joinColumns = @JoinColumn(name = "insats_id"))
    private Set<StyrgruppLedamot> styrgrupp = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "tilldelning", joinColumns = @JoinColumn(name = "insats_id"))
    private Set<Tilldelning> tilldelningar = new HashSet<>();

    @OneToMany(mappedBy = "insats", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("giltigFran")
    private List<Kortnamn> kortnamnHistorik = new ArrayList<>();

    /** An end decided earlier than planned (see {@link #endEarly}); null while it runs its course. */
    @Column(name = "avslutsdatum")
    private LocalDate avslutsdatum;

    @Column(name = "avslutsbeslut")
    private LocalDate avslutsbeslut;

    @Column(nullable = false)
    private int sortering;

    protected Insats() {
    }

    public Insats(Forbund forbund, String kod, Partner agare) {
        this.forbund = Objects.requireNonNull(forbund, "Förbund krävs.");
        this.kod = Objects.requireNonNull(kod, "Kod krävs.");
        this.agare = Objects.requireNonNull(agare, "Insatsägare krävs.");
        this.status = InsatsStatus.AKTIV;
    }

    /**
     * Sets what the application to the förbund says; the dates must make sense together. The short
     * name is kept per period: see {@link #rename}.
     */
    public void describe(String namn, InsatsTyp typ, LocalDate start, LocalDate slut,
                         String malgrupp, int sortering) {
        if (slut.isBefore(start)) {
            throw new IllegalArgumentException("Slutdatum ligger före startdatum.");
        }
        this.namn = Objects.requireNonNull(namn);
        this.typ = Objects.requireNonNull(typ);
        this.start = start;
        this.slut = slut;
        this.malgrupp = malgrupp;
        this.sortering = sortering;
    }

    /**
     * Names the insats {@code nytt} from {@code fran} on (a half-year's first day) until the next
     * recorded rename; the names in force before stay for the PMs of those half-years. The first name
     * is the insats' name from the start. A name already in force on {@code fran} changes nothing, so
     * importing an older half-year's data package again leaves a later rename as it is.
     */
    public void rename(String nytt, LocalDate fran) {
        Objects.requireNonNull(nytt, "Kortnamn krävs.");
        Objects.requireNonNull(fran, "Giltig från krävs.");
        if (kortnamn == null) {
            kortnamn = nytt;
            return;
        }
        if (nytt.equals(kortnamnPer(fran))) {
            return;
        }
        if (kortnamnHistorik.isEmpty()) {
            // the name so far, from the start: the PMs before the rename keep printing it
            kortnamnHistorik.add(new Kortnamn(this, start == null || !start.isBefore(fran) ? fran.minusDays(1) : start, kortnamn));
        }
        kortnamnHistorik.removeIf(k -> k.giltigFran().equals(fran));
        kortnamnHistorik.add(new Kortnamn(this, fran, nytt));
        kortnamnHistorik.sort(Comparator.comparing(Kortnamn::giltigFran));
        kortnamn = kortnamnHistorik.get(kortnamnHistorik.size() - 1).kortnamn();
    }

    /** The short name in force on {@code dag}: before the first recorded name, the first one. */
    public String kortnamnPer(LocalDate dag) {
        String per = kortnamnHistorik.isEmpty() ? kortnamn : kortnamnHistorik.get(0).kortnamn();
        for (Kortnamn k : kortnamnHistorik) {
            if (!k.giltigFran().isAfter(dag)) {
                per = k.kortnamn();
            }
        }
        return per;
    }

    /**
     * Closes the insats on an end decided before the planned one ({@code slut}, decided on
     * {@code beslutsdatum}); from the decision on, the end in force is the earlier one.
     */
    public void endEarly(LocalDate slut, LocalDate beslutsdatum) {
        if (slut.isBefore(start)) {
            throw new IllegalArgumentException("Slutdatum ligger före startdatum.");
        }
        this.avslutsdatum = Objects.requireNonNull(slut);
        this.avslutsbeslut = Objects.requireNonNull(beslutsdatum);
        close();
    }

    /** Who reports on the insats: the people assigned as its rapportörer. */
    public Set<String> rapportorer() {
        return tilldelningar.stream().filter(t -> Tilldelning.RAPPORTOR.equals(t.roll())).map(Tilldelning::anvandare)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Makes exactly these people its rapportörer; the steering group's assignments stay. */
    public void assignReporters(Set<String> anvandare) {
        tilldelningar.removeIf(t -> Tilldelning.RAPPORTOR.equals(t.roll()) && !anvandare.contains(t.anvandare()));
        anvandare.forEach(a -> tilldelningar.add(new Tilldelning(a, Tilldelning.RAPPORTOR)));
    }

    /**
     * What the register shows of the insats, field by field as text: the audit trail records the
     * fields that differ between two of these.
     */
    public java.util.Map<String, String> snapshot() {
        java.util.Map<String, String> s = new java.util.LinkedHashMap<>();
        s.put("namn", namn);
        s.put("kortnamn", kortnamn);
        s.put("typ", typ == null ? null : typ.name());
        s.put("agare", agare.organisation());
        s.put("samverkansparter", samverkansparter.stream().map(Partner::organisation).sorted()
                .collect(java.util.stream.Collectors.joining(", ")));
        s.put("start", String.valueOf(start));
        s.put("slut", String.valueOf(slut));
        s.put("malgrupp", malgrupp);
        mal.forEach(m -> s.put("mal." + m.nummer(), m.beskrivning()
                + (m.malvarde() == null || m.malvarde().isBlank() ? "" : " (målvärde: " + m.malvarde() + ")")));
        s.put("styrgrupp", styrgrupp.stream().map(l -> l.namn() + " (" + l.organisation() + ")").sorted()
                .collect(java.util.stream.Collectors.joining(", ")));
        s.put("rapportorer", String.join(", ", rapportorer()));
        forlangningar.forEach(f -> s.put("forlangning." + f.beslutsdatum(), "till " + f.slut() + ", beslut av " + f.beslutAv()));
        s.put("status", status.name());
        if (avslutsdatum != null) {
            s.put("avslut", avslutsdatum + ", beslutat " + avslutsbeslut);
        }
        return s;
    }

    public void transferTo(Partner agare) {
        this.agare = Objects.requireNonNull(agare);
    }

    public void cooperateWith(Set<Partner> parter) {
        samverkansparter.retainAll(parter);
        samverkansparter.addAll(parter);
    }

    public void grantExtension(LocalDate nyttSlut, LocalDate beslutsdatum, String beslutAv) {
        boolean known = forlangningar.stream()
                .anyMatch(f -> f.slut().equals(nyttSlut) && f.beslutsdatum().equals(beslutsdatum));
        if (!known) {
            forlangningar.add(new Forlangning(this, nyttSlut, beslutsdatum, beslutAv));
        }
    }

    public void close() {
        status = InsatsStatus.AVSLUTAD;
    }

    public void reopen() {
        status = InsatsStatus.AKTIV;
        avslutsdatum = null;
        avslutsbeslut = null;
    }

    /** Adds or rewrites goal {@code nummer}; goals are never renumbered once reported on. */
    public Mal defineGoal(int nummer, String beskrivning, String malvarde) {
        Optional<Mal> existing = mal.stream().filter(m -> m.nummer() == nummer).findFirst();
        if (existing.isPresent()) {
            existing.get().describe(beskrivning, malvarde);
            return existing.get();
        }
        Mal ny = new Mal(this, nummer, beskrivning, malvarde);
        mal.add(ny);
        mal.sort(Comparator.comparingInt(Mal::nummer));
        return ny;
    }

    public void seatSteeringGroup(Set<StyrgruppLedamot> ledamoter) {
        styrgrupp.retainAll(ledamoter);
        styrgrupp.addAll(ledamoter);
    }

    public void assign(Set<Tilldelning> nya) {
        tilldelningar.retainAll(nya);
        tilldelningar.addAll(nya);
    }

    /** Makes the person rapportör of the insats; false when already. */
    public boolean assignReporter(String anvandare) {
        return tilldelningar.add(new Tilldelning(anvandare, Tilldelning.RAPPORTOR));
    }

    /**
     * The end date in force on {@code dag}: extensions count from their decision date, and so does
     * an end decided earlier than planned.
     */
    public LocalDate slutPer(LocalDate dag) {
        LocalDate planerat = forlangningar.stream().filter(f -> !f.beslutsdatum().isAfter(dag))
                .map(Forlangning::slut).max(Comparator.naturalOrder()).orElse(slut);
        if (avslutsdatum != null && !avslutsbeslut.isAfter(dag) && avslutsdatum.isBefore(planerat)) {
            return avslutsdatum;
        }
        return planerat;
    }

    /** Whether an extension was decided within the period (the PM marks those with *). */
    public boolean forlangdUnder(LocalDate fran, LocalDate till) {
        return forlangningar.stream().anyMatch(f -> !f.beslutsdatum().isBefore(fran) && !f.beslutsdatum().isAfter(till));
    }

    public boolean involves(String organisation) {
        return agare.organisation().equals(organisation)
                || samverkansparter.stream().anyMatch(p -> p.organisation().equals(organisation));
    }

    public boolean isAssigned(String anvandare, String roll) {
        return tilldelningar.contains(new Tilldelning(anvandare, roll));
    }

    public boolean runsDuring(LocalDate fran, LocalDate till) {
        return !start.isAfter(till) && !slutPer(till).isBefore(fran);
    }

    public Forbund forbund() { return forbund; }
    public String kod() { return kod; }
    public String namn() { return namn; }
    public String kortnamn() { return kortnamn; }
    public InsatsTyp typ() { return typ; }
    public Partner agare() { return agare; }
    public Set<Partner> samverkansparter() { return Set.copyOf(samverkansparter); }
    public LocalDate start() { return start; }
    public LocalDate ursprungligtSlut() { return slut; }
    public List<Forlangning> forlangningar() { return List.copyOf(forlangningar); }
    public InsatsStatus status() { return status; }
    public String malgrupp() { return malgrupp; }
    public List<Mal> mal() { return List.copyOf(mal); }
    public Set<StyrgruppLedamot> styrgrupp() { return Set.copyOf(styrgrupp); }
    public Set<Tilldelning> tilldelningar() { return Set.copyOf(tilldelningar); }
    public List<Kortnamn> kortnamnHistorik() { return List.copyOf(kortnamnHistorik); }
    public Optional<LocalDate> avslutsdatum() { return Optional.ofNullable(avslutsdatum); }
    public Optional<LocalDate> avslutsbeslut() { return Optional.ofNullable(avslutsbeslut); }
    public int sortering() { return sortering; }
}
