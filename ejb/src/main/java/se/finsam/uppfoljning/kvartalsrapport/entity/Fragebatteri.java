package se.finsam.uppfoljning.kvartalsrapport.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.entity.Versionerad;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The quality questions of the quarterly report, as the office has set them from a year and
 * quarter on. A set stays in force until a newer one starts (the set changed in the middle of 2022,
 * and a year need not get a set of its own); {@code Fragebatteriregel} picks the one for a quarter.
 */
@Entity
@Table(name = "fragebatteri")
@NamedQuery(name = Fragebatteri.BY_FORBUND_AND_AR,
        query = "select f from Fragebatteri f where f.forbund.kod = :forbund and f.ar = :ar order by f.franKvartal")
@NamedQuery(name = Fragebatteri.BY_FORBUND_UP_TO_AR,
        query = "select f from Fragebatteri f where f.forbund.kod = :forbund and f.ar <= :ar order by f.ar, f.franKvartal")
public class Fragebatteri extends Versionerad {

    public static final String BY_FORBUND_AND_AR = "Fragebatteri.byForbundAndAr";
    /** Every set that can be in force in the year {@code :ar}: its own and earlier years'. */
    public static final String BY_FORBUND_UP_TO_AR = "Fragebatteri.byForbundUpToAr";

    @ManyToOne(optional = false)
    @JoinColumn(name = "forbund_id")
    private Forbund forbund;

    @Column(nullable = false)
    private int ar;

    @Column(name = "fran_kvartal", nullable = false)
    private int franKvartal;

    @OneToMany(mappedBy = "fragebatteri", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Fraga> fragor = new ArrayList<>();

    protected Fragebatteri() {
    }

    public Fragebatteri(Forbund forbund, int ar, int franKvartal) {
        this.forbund = Objects.requireNonNull(forbund);
        this.ar = ar;
        if (franKvartal < 1 || franKvartal > 4) {
            throw new IllegalArgumentException("Kvartal måste vara 1–4.");
        }
        this.franKvartal = franKvartal;
    }

    /** Adds a question at the end, or rewrites the one with the same code. */
    public void ask(String kod, String rubrik, String text, Svarstyp svarstyp, List<String> forklaringKravsVid) {
        Optional<Fraga> existing = fraga(kod);
        if (existing.isPresent()) {
            if (existing.get().svarstyp() != svarstyp) {
                throw new IllegalStateException("Svarstypen för " + kod + " kan inte ändras; skapa en ny fråga.");
            }
            // reworded in place: answers already given keep pointing at the same question
            existing.get().reword(rubrik, text, forklaringKravsVid);
            return;
        }
        fragor.add(new Fraga(this, fragor.size() + 1, kod, rubrik, text, svarstyp, forklaringKravsVid));
    }

    /**
     * Puts the questions in the order of {@code koder}, which names every question of the set once.
     * Only the order a report shows them in changes; answers point at the questions, not the places.
     */
    public void arrange(List<String> koder) {
        if (koder.size() != fragor.size() || !new HashSet<>(koder).equals(
                fragor.stream().map(Fraga::kod).collect(Collectors.toSet()))) {
            throw new IllegalArgumentException("Ordningen ska nämna varje fråga i frågebatteriet en gång.");
        }
        fragor.sort(Comparator.comparingInt(f -> koder.indexOf(f.kod())));
        for (int i = 0; i < fragor.size(); i++) {
            fragor.get(i).placeAt(i + 1);
        }
    }

    public Optional<Fraga> fraga(String kod) {
        return fragor.stream().filter(f -> f.kod().equals(kod)).findFirst();
    }

    /** The first quarter the set applies to. */
    public Rapportperiod gallerFran() {
        return new Rapportperiod(ar, franKvartal);
    }

    public Forbund forbund() { return forbund; }
    public int ar() { return ar; }
    public int franKvartal() { return franKvartal; }
    /**
     * In their positions' order, not the list's: a set read from EclipseLink's shared cache after a
     * reorder in another transaction keeps the list as it was loaded, while each position is merged.
     */
    public List<Fraga> fragor() { return fragor.stream().sorted(Comparator.comparingInt(Fraga::position)).toList(); }
}
