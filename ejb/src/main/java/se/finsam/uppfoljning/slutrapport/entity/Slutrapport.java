package se.finsam.uppfoljning.slutrapport.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Stampel;
import se.finsam.uppfoljning.plattform.entity.Versionerad;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The final report of an insats that closes: its purpose, each goal's outcome, a summary of the
 * outcome and of what lives on after the insats, and links (web sites the insats left behind).
 * One per insats; rewritten as a whole, guarded by its version.
 */
@Entity
@Table(name = "slutrapport")
@NamedQuery(name = Slutrapport.BY_INSATS, query = "select s from Slutrapport s where s.insats = :insats")
public class Slutrapport extends Versionerad {

    public static final String BY_INSATS = "Slutrapport.byInsats";

    @OneToOne(optional = false)
    @JoinColumn(name = "insats_id")
    private Insats insats;

    @Column(nullable = false, length = 8000)
    private String syfte;

    @ElementCollection
    @CollectionTable(name = "slutrapport_mal", joinColumns = @JoinColumn(name = "slutrapport_id"))
    @OrderBy("nummer")
    private List<Malutfall> mal = new ArrayList<>();

    @Column(length = 20000)
    private String sammanfattning;

    @Column(name = "lever_vidare", length = 8000)
    private String leverVidare;

    @ElementCollection
    @CollectionTable(name = "slutrapport_lank", joinColumns = @JoinColumn(name = "slutrapport_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false, length = 2000)
    private List<String> lankar = new ArrayList<>();

    @Embedded
    private Stampel andrad;

    protected Slutrapport() {
    }

    public Slutrapport(Insats insats) {
        this.insats = Objects.requireNonNull(insats, "Insats krävs.");
    }

    public void write(String syfte, List<Malutfall> mal, String sammanfattning, String leverVidare, List<String> lankar,
                      String vem, Instant nar) {
        this.syfte = Objects.requireNonNull(syfte, "Syfte krävs.");
        this.mal.clear();
        this.mal.addAll(mal.stream().sorted(Comparator.comparingInt(Malutfall::nummer)).toList());
        this.sammanfattning = sammanfattning;
        this.leverVidare = leverVidare;
        this.lankar.clear();
        this.lankar.addAll(lankar);
        this.andrad = Stampel.av(vem, nar);
    }

    /** What the audit trail compares before and after a change. */
    public Map<String, String> snapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("syfte", syfte);
        mal.forEach(m -> s.put("mal[" + m.nummer() + "]", (m.uppnatt() ? "uppnått: " : "ej uppnått: ") + m.utfall()));
        s.put("sammanfattning", sammanfattning);
        s.put("leverVidare", leverVidare);
        s.put("lankar", String.join(" ", lankar));
        return s;
    }

    public Insats insats() { return insats; }
    public String syfte() { return syfte; }
    public List<Malutfall> mal() { return List.copyOf(mal); }
    public String sammanfattning() { return sammanfattning; }
    public String leverVidare() { return leverVidare; }
    public List<String> lankar() { return List.copyOf(lankar); }
    public String andradAv() { return andrad.vem(); }
    public Instant andradAt() { return andrad.nar(); }
}
