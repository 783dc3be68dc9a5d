package se.finsam.uppfoljning.kvartalsrapport.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.Mal;
import se.finsam.uppfoljning.kvartalsrapport.KvartalsrapportFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.entity.Stampel;
import se.finsam.uppfoljning.plattform.entity.Versionerad;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An insats' report for one quarter. Its life: draft → submitted → returned with comments →
 * resubmitted → approved. Only drafts and returned reports can be changed; an approved report is
 * locked until the office unlocks it.
 */
@Entity
@Table(name = "kvartalsrapport")
@NamedQuery(name = Kvartalsrapport.BY_INSATS_AND_PERIOD,
        query = "select r from Kvartalsrapport r where r.insats = :insats and r.period.ar = :ar and r.period.kvartal = :kvartal",
        hints = {@QueryHint(name = Kvartalsrapport.BATCH_TYPE, value = "IN"), @QueryHint(name = Kvartalsrapport.BATCH, value = "r.malsvar"),
                @QueryHint(name = Kvartalsrapport.BATCH, value = "r.svar"), @QueryHint(name = Kvartalsrapport.BATCH, value = "r.kommentarer"),
                @QueryHint(name = Kvartalsrapport.BATCH, value = "r.svar.fraga")})
@NamedQuery(name = Kvartalsrapport.FOR_READING,
        query = "select r from Kvartalsrapport r where r.insats.id = :insats and r.period.ar = :ar and r.period.kvartal = :kvartal",
        hints = {@QueryHint(name = Kvartalsrapport.BATCH_TYPE, value = "IN"), @QueryHint(name = Kvartalsrapport.BATCH, value = "r.malsvar"),
                @QueryHint(name = Kvartalsrapport.BATCH, value = "r.svar"), @QueryHint(name = Kvartalsrapport.BATCH, value = "r.kommentarer"),
                @QueryHint(name = Kvartalsrapport.BATCH, value = "r.svar.fraga"),
                @QueryHint(name = Kvartalsrapport.READ_ONLY, value = "True"),
                @QueryHint(name = Kvartalsrapport.RESULTS_CACHE, value = "True"),
                @QueryHint(name = Kvartalsrapport.RESULTS_CACHE_SIZE, value = "10000")})
@NamedQuery(name = Kvartalsrapport.BY_INSATS_ID_AND_PERIOD,
        query = "select r from Kvartalsrapport r where r.insats.id = :insats and r.period.ar = :ar and r.period.kvartal = :kvartal")
@NamedQuery(name = Kvartalsrapport.VERSION_BY_INSATS_AND_PERIOD,
        query = "select r.version from Kvartalsrapport r where r.insats.id = :insats and r.period.ar = :ar and r.period.kvartal = :kvartal")
@NamedQuery(name = Kvartalsrapport.BY_FORBUND_AND_PERIOD,
        query = "select r from Kvartalsrapport r where r.insats.forbund.kod = :forbund and r.period.ar = :ar and r.period.kvartal = :kvartal",
        hints = {@QueryHint(name = Kvartalsrapport.BATCH_TYPE, value = "IN"), @QueryHint(name = Kvartalsrapport.BATCH, value = "r.malsvar"),
                @QueryHint(name = Kvartalsrapport.BATCH, value = "r.svar"), @QueryHint(name = Kvartalsrapport.BATCH, value = "r.kommentarer"),
                @QueryHint(name = Kvartalsrapport.BATCH, value = "r.svar.fraga")})
@NamedQuery(name = Kvartalsrapport.BY_FORBUND,
        query = "select r from Kvartalsrapport r where r.insats.forbund.kod = :forbund",
        hints = {@QueryHint(name = Kvartalsrapport.BATCH_TYPE, value = "IN"), @QueryHint(name = Kvartalsrapport.BATCH, value = "r.malsvar"),
                @QueryHint(name = Kvartalsrapport.BATCH, value = "r.svar"), @QueryHint(name = Kvartalsrapport.BATCH, value = "r.kommentarer"),
                @QueryHint(name = Kvartalsrapport.BATCH, value = "r.svar.fraga")})
public class Kvartalsrapport extends Versionerad {

    public static final String BY_INSATS_AND_PERIOD = "Kvartalsrapport.byInsatsAndPeriod";
    public static final String BY_FORBUND_AND_PERIOD = "Kvartalsrapport.byForbundAndPeriod";
    public static final String BY_FORBUND = "Kvartalsrapport.byForbund";
    /**
     * One report by insats id and quarter, for reading only: the shared-cache object, and the answer
     * kept in EclipseLink's query results cache, which drops every kept answer of this query when any
     * report is inserted, changed or removed through JPA (its default "invalidate on change"), so a
     * read never needs the database while no report changes. Only JPA writes reports (no native SQL).
     */
    public static final String FOR_READING = "Kvartalsrapport.forReading";
    /** By the insats' id, without hints: a node of a cluster reads a report past its caches with it. */
    public static final String BY_INSATS_ID_AND_PERIOD = "Kvartalsrapport.byInsatsIdAndPeriod";
    /** The report's version in the database, past every cache (a node of a cluster checks its cache with it). */
    public static final String VERSION_BY_INSATS_AND_PERIOD = "Kvartalsrapport.versionByInsatsAndPeriod";
    public static final int MAX_TEXT = 4000;
    /**
     * EclipseLink's batch reading (its "eclipselink.batch" hints, named here to keep the entity free
     * of a compile dependency on EclipseLink): a report's answers, comments and questions come in one
     * query per collection for all reports the query returns, instead of one per report and collection.
     */
    static final String BATCH = "eclipselink.batch";
    static final String BATCH_TYPE = "eclipselink.batch.type";
    static final String READ_ONLY = "eclipselink.read-only";
    static final String RESULTS_CACHE = "eclipselink.query-results-cache";
    static final String RESULTS_CACHE_SIZE = "eclipselink.query-results-cache.size";

    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");

    @ManyToOne(optional = false)
    @JoinColumn(name = "insats_id")
    private Insats insats;

    @Embedded
    private Rapportperiod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RapportStatus status;

    @OneToMany(mappedBy = "rapport", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Malsvar> malsvar = new ArrayList<>();

    @OneToMany(mappedBy = "rapport", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Svar> svar = new ArrayList<>();

    @OneToMany(mappedBy = "rapport", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("skriven.nar")
    private List<Kommentar> kommentarer = new ArrayList<>();

    @Column(name = "vakans_sof")
    private Boolean vakansSof;

    @Column(name = "vakans_egen")
    private Boolean vakansEgen;

    @Column(name = "budgetavvikelse_inskickad")
    private Boolean budgetavvikelseInskickad;

    @Column(length = MAX_TEXT)
    private String meddelande;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "inskickad_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "inskickad_at"))
    private Stampel inskickad;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "godkand_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "godkand_at"))
    private Stampel godkand;

    protected Kvartalsrapport() {
    }

    /** A new draft with an empty answer for every goal of the insats and every question of the set. */
    public Kvartalsrapport(Insats insats, Rapportperiod period, Fragebatteri fragebatteri) {
        this.insats = Objects.requireNonNull(insats);
        this.period = Objects.requireNonNull(period);
        this.status = RapportStatus.UTKAST;
        insats.mal().forEach(m -> malsvar.add(new Malsvar(this, m)));
        if (fragebatteri != null) {
            fragebatteri.fragor().forEach(f -> svar.add(new Svar(this, f)));
        }
    }

    // --- the rapportör's edits -------------------------------------------------------------

    public void answerGoal(int malNummer, MalStatus malStatus, Prognos prognos, String kommentar) {
        requireEditable();
        malsvarFor(malNummer).orElseThrow(() -> invalid("mal[" + malNummer + "]", "Insatsen har inget mål " + malNummer + "."))
                .answer(malStatus, prognos, text(kommentar, "mal[" + malNummer + "].kommentar"));
    }

    public void reportResources(Boolean vakansSof, Boolean vakansEgen, Boolean budgetavvikelseInskickad) {
        requireEditable();
        this.vakansSof = vakansSof;
        this.vakansEgen = vakansEgen;
        this.budgetavvikelseInskickad = budgetavvikelseInskickad;
    }

    public void answerQuestion(String kod, String answer, String forklaring) {
        requireEditable();
        Svar s = svarFor(kod).orElseThrow(() -> invalid("svar[" + kod + "]", "Frågan " + kod + " ingår inte i rapporten."));
        if (answer != null && !s.fraga().allows(answer)) {
            throw invalid("svar[" + kod + "].svar", "Svaret " + answer + " är inte tillåtet; välj "
                    + String.join(", ", s.fraga().svarstyp().svar().stream().map(Svarstyp::label).toList()) + ".");
        }
        s.answer(answer, text(forklaring, "svar[" + kod + "].forklaring"));
    }

    public void writeMessage(String text) {
        requireEditable();
        this.meddelande = text(text, "meddelande");
    }

    // --- the workflow ------------------------------------------------------------------------

    public void submit(String vem, Instant when) {
        requireEditable();
        List<FieldError> missing = missingAnswers();
        if (!missing.isEmpty()) {
            throw UppfoljningException.withFields(KvartalsrapportFel.SVAR_SAKNAS, missing);
        }
        status = RapportStatus.INSKICKAD;
        inskickad = Stampel.av(vem, when);
    }

    public void returnWith(Map<Sektion, String> comments, String vem, Instant when) {
        requireStatus(RapportStatus.INSKICKAD, "Bara en inskickad rapport kan returneras.");
        Map<Sektion, String> given = new LinkedHashMap<>();
        comments.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                given.put(k, text(v, "kommentarer." + k.name()));
            }
        });
        if (given.isEmpty()) {
            throw UppfoljningException.withFields(KvartalsrapportFel.KOMMENTAR_KRAVS, List.of(new FieldError("kommentarer", "Minst en kommentar krävs när rapporten returneras.")));
        }
        given.forEach((sektion, text) -> kommentarer.add(new Kommentar(this, sektion, text, vem, when)));
        status = RapportStatus.RETURNERAD;
    }

    public void approve(String vem, Instant when) {
        requireStatus(RapportStatus.INSKICKAD, "Bara en inskickad rapport kan godkännas.");
        status = RapportStatus.GODKAND;
        godkand = Stampel.av(vem, when);
    }

    /** Opens an approved report for correction again; the approval is withdrawn. */
    public void unlock() {
        requireStatus(RapportStatus.GODKAND, "Bara en godkänd rapport kan låsas upp.");
        status = RapportStatus.RETURNERAD;
        godkand = null;
    }

    // --- derived -----------------------------------------------------------------------------

    /** Submitted after the deadline, or not yet submitted and the deadline has passed. */
    public boolean isLate(LocalDate frist, LocalDate idag) {
        if (inskickad != null) {
            return inskickad.nar().atZone(SVERIGE).toLocalDate().isAfter(frist);
        }
        return idag.isAfter(frist);
    }

    /** The insats' standing against its goals: the worst status of any goal. */
    public Optional<MalStatus> samladStatus() {
        return malsvar.stream().map(Malsvar::status).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    /** The steering group's prognosis for the insats: the most doubtful of its goals. */
    public Optional<Prognos> samladPrognos() {
        return malsvar.stream().map(Malsvar::prognos).filter(Objects::nonNull)
                .max(Comparator.comparing((Prognos p) -> !p.positive()).thenComparing(Comparator.naturalOrder()));
    }

    /** Every field as text, for the audit trail's before and after. */
    public Map<String, String> snapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("status", status.name());
        for (Malsvar m : malsvar) {
            String key = "mal[" + m.mal().nummer() + "]";
            s.put(key + ".status", m.status() == null ? null : m.status().name());
            s.put(key + ".prognos", m.prognos() == null ? null : m.prognos().name());
            s.put(key + ".kommentar", m.kommentar());
        }
        s.put("vakansSof", String.valueOf(vakansSof));
        s.put("vakansEgen", String.valueOf(vakansEgen));
        s.put("budgetavvikelseInskickad", String.valueOf(budgetavvikelseInskickad));
        for (Svar a : svar) {
            s.put("svar[" + a.fraga().kod() + "].svar", a.svar());
            s.put("svar[" + a.fraga().kod() + "].forklaring", a.forklaring());
        }
        s.put("meddelande", meddelande);
        return s;
    }

    private List<FieldError> missingAnswers() {
        List<FieldError> missing = new ArrayList<>();
        for (Malsvar m : malsvar) {
            String key = "mal[" + m.mal().nummer() + "]";
            if (m.status() == null) {
                missing.add(new FieldError(key + ".status", "Ange om insatsen ligger i fas med mål " + m.mal().nummer() + "."));
            }
            if (m.prognos() == null) {
                missing.add(new FieldError(key + ".prognos", "Ange styrgruppens prognos för mål " + m.mal().nummer() + "."));
            }
        }
        if (vakansSof == null) {
            missing.add(new FieldError("vakansSof", "Ange om det har funnits vakanser i tjänster finansierade med SOF-medel."));
        }
        if (vakansEgen == null) {
            missing.add(new FieldError("vakansEgen", "Ange om det har funnits vakanser i egenfinansierade resurser."));
        }
        if (budgetavvikelseInskickad == null) {
            missing.add(new FieldError("budgetavvikelseInskickad", "Ange om en avvikelse gällande budget har skickats in."));
        }
        for (Svar a : svar) {
            String key = "svar[" + a.fraga().kod() + "]";
            if (a.svar() == null) {
                missing.add(new FieldError(key + ".svar", "Besvara frågan \"" + a.fraga().rubrik() + "\"."));
            } else if (a.fraga().needsExplanation(a.svar()) && (a.forklaring() == null || a.forklaring().isBlank())) {
                missing.add(new FieldError(key + ".forklaring", "Förklara svaret på \"" + a.fraga().rubrik() + "\"."));
            }
        }
        return missing;
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw UppfoljningException.detailed(KvartalsrapportFel.LAST, status == RapportStatus.GODKAND
                    ? "Rapporten är godkänd och låst. Kontakta kansliet om den behöver ändras."
                    : "Rapporten är inskickad och granskas av kansliet; den kan inte ändras nu.", List.of());
        }
    }

    private void requireStatus(RapportStatus wanted, String message) {
        if (status != wanted) {
            throw UppfoljningException.of(KvartalsrapportFel.FEL_STATUS, message, status.label().toLowerCase());
        }
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw invalid(field, "Texten får vara högst " + MAX_TEXT + " tecken (nu " + value.length() + ").");
        }
        return value.strip();
    }

    private static UppfoljningException invalid(String field, String message) {
        return UppfoljningException.detailed(KvartalsrapportFel.OGILTIGT_SVAR, message, List.of(new FieldError(field, message)));
    }

    private Optional<Malsvar> malsvarFor(int nummer) {
        return malsvar.stream().filter(m -> m.mal().nummer() == nummer).findFirst();
    }

    private Optional<Svar> svarFor(String kod) {
        return svar.stream().filter(s -> s.fraga().kod().equals(kod)).findFirst();
    }

    /** Goals added to the insats after the report was started get an empty answer. */
    public void includeNewGoals() {
        for (Mal m : insats.mal()) {
            if (malsvarFor(m.nummer()).isEmpty()) {
                malsvar.add(new Malsvar(this, m));
            }
        }
    }

    public Insats insats() { return insats; }
    public Rapportperiod period() { return period; }
    public RapportStatus status() { return status; }
    public List<Malsvar> malsvar() { return List.copyOf(malsvar); }
    public List<Svar> svar() { return List.copyOf(svar); }
    public List<Kommentar> kommentarer() { return List.copyOf(kommentarer); }
    public Boolean vakansSof() { return vakansSof; }
    public Boolean vakansEgen() { return vakansEgen; }
    public Boolean budgetavvikelseInskickad() { return budgetavvikelseInskickad; }
    public String meddelande() { return meddelande; }
    public Optional<Instant> inskickadAt() { return Optional.ofNullable(inskickad).map(Stampel::nar); }
    public String inskickadAv() { return inskickad == null ? null : inskickad.vem(); }
    public Optional<Instant> godkandAt() { return Optional.ofNullable(godkand).map(Stampel::nar); }
    public String godkandAv() { return godkand == null ? null : godkand.vem(); }
}
