package se.finsam.uppfoljning.sus.control;

import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One uploaded SUS file on its way through decode, preview and commit. Held in memory by
 * {@link SusImportjobben} while it is checked and kept in the database (serialised) from then on, so
 * that any node of a cluster can show and commit it (the file itself is dropped once decoded); its
 * state moves GRANSKAS → KLAR or AVVISAD → INLAST. Safe to read from another thread while it is being
 * checked (the progress page polls it).
 */
public final class SusImportjobb implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status { GRANSKAS, KLAR, AVVISAD, INLAST }

    /**
     * An insats of the preview: what the post would save, with the versions of what its check read
     * (the record of the period and of the period before, 0 for none, and the insats): while they
     * are unchanged at the commit, so is the check's result.
     */
    public record Post(long insatsId, String insats, int rad, boolean finns, boolean andras, long version,
                       long foregaendeVersion, long insatsVersion,
                       List<SusPoster.Jamforelse> skillnader, List<String> forklarade, Deltagarsiffror siffror,
                       Map<String, String> forklaringar) implements java.io.Serializable {
    }

    private final UUID id = UUID.randomUUID();
    private final String forbund;
    private final String av;
    private final Instant skapad;
    private final String filnamn;
    private final String hash;
    // the expectation's parts: its Optional does not serialise
    private final int forvantatAr;
    private final int forvantatHalvar;
    private final LocalDate forvantatUttag;
    private final AtomicInteger lastaRader = new AtomicInteger();
    private final AtomicInteger uppskattadeRader = new AtomicInteger();
    private volatile Status status = Status.GRANSKAS;
    private volatile List<SusProblem> problem = List.of();
    private volatile List<Post> poster = List.of();
    private volatile SusUtdrag utdrag;
    private volatile String format = "";
    private volatile Map<String, Object> inlast = Map.of();

    public SusImportjobb(String forbund, String av, Instant skapad, String filnamn, String hash,
                         SusAvkodning.Forvantan forvantan) {
        this.forbund = Objects.requireNonNull(forbund);
        this.av = Objects.requireNonNull(av);
        this.skapad = Objects.requireNonNull(skapad);
        this.filnamn = Objects.requireNonNull(filnamn);
        this.hash = Objects.requireNonNull(hash);
        this.forvantatAr = forvantan.ar();
        this.forvantatHalvar = forvantan.halvar();
        this.forvantatUttag = forvantan.uttagsdatum().orElse(null);
    }

    public void last(int rad) {
        lastaRader.accumulateAndGet(rad, Math::max);
    }

    public void uppskatta(int rader) {
        uppskattadeRader.set(rader);
    }

    public synchronized void avvisa(List<SusProblem> p, String format) {
        this.problem = List.copyOf(p);
        this.format = format == null ? "" : format;
        this.status = Status.AVVISAD;
    }

    public synchronized void klar(SusUtdrag u, List<Post> p, String format) {
        this.utdrag = u;
        this.poster = List.copyOf(p);
        this.format = format;
        this.status = Status.KLAR;
    }

    /** Marks the job committed; false when it already was (a second commit of the same preview). */
    public synchronized boolean inlas(Map<String, Object> resultat) {
        if (status != Status.KLAR) {
            return false;
        }
        this.inlast = Map.copyOf(resultat);
        this.status = Status.INLAST;
        return true;
    }

    public UUID id() { return id; }
    public String forbund() { return forbund; }
    public String av() { return av; }
    public Instant skapad() { return skapad; }
    public String filnamn() { return filnamn; }
    public String hash() { return hash; }
    public SusAvkodning.Forvantan forvantan() {
        return new SusAvkodning.Forvantan(forvantatAr, forvantatHalvar, Optional.ofNullable(forvantatUttag));
    }
    public int lastaRader() { return lastaRader.get(); }
    public int uppskattadeRader() { return uppskattadeRader.get(); }
    public Status status() { return status; }
    public List<SusProblem> problem() { return problem; }
    public List<Post> poster() { return poster; }
    public SusUtdrag utdrag() { return utdrag; }
    public String format() { return format; }
    public Map<String, Object> inlast() { return inlast; }

    public LocalDate uttagsdatum() {
        SusUtdrag u = utdrag;
        return u != null ? u.uttagsdatum() : forvantatUttag;
    }
}
