package se.finsam.uppfoljning.deltagare.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Deltagarstatistik;
import se.finsam.uppfoljning.deltagare.entity.Kalla;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes periods' statistics with their audit rows, for the form, the SUS import and the data
 * package alike. Access and the consistency rules are checked by the caller (the boundary); the
 * version is checked here. Saving the same figures again changes nothing and writes no audit row.
 * A batch is written with one flush (the inserts and updates go to the database in JDBC batches),
 * and each changed record gets one audit row: field {@value #AUDITFALT}, the changed figures before
 * and after as JSON objects (decisions/0021).
 */
@Dependent
public class Statistikregister {

    public static final String OBJEKTTYP = "Deltagarstatistik";
    /** The audit row's field: all of a save's changed figures in one row. */
    public static final String AUDITFALT = "siffror";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** What a save did. */
    public record Resultat(Deltagarstatistik statistik, boolean andrad) {
    }

    /**
     * One insats' figures for one period to write.
     *
     * @param befintlig what is recorded for the insats and period (managed in this transaction), if anything
     */
    public record Skrivning(Insats insats, Halvar period, Deltagarsiffror siffror, Map<String, String> forklaringar,
                            Optional<Deltagarstatistik> befintlig) {
        public Skrivning {
            Objects.requireNonNull(insats, "insats");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(siffror, "siffror");
            forklaringar = Map.copyOf(forklaringar == null ? Map.of() : forklaringar);
            befintlig = befintlig == null ? Optional.empty() : befintlig;
        }
    }

    /**
     * Writes every figure set that changes anything, then flushes once and audits each changed
     * record (insats and period) in one row.
     *
     * @param version the version the caller read (0 for a period without figures), checked for every
     *                write; null to skip the check (a batch: the import checks its preview's versions)
     * @return per write, in the given order, the record and whether it changed
     */
    public List<Resultat> sparaAlla(Caller caller, List<Skrivning> skrivningar, Kalla kalla, Long version, Instant nar) {
        return sparaAlla(caller, skrivningar, kalla, null, version, nar);
    }

    /**
     * As {@link #sparaAlla(Caller, List, Kalla, Long, Instant)}, the records naming the committed SUS
     * import that writes them ({@code susImport}, its id; null when the figures come otherwise).
     */
    public List<Resultat> sparaAlla(Caller caller, List<Skrivning> skrivningar, Kalla kalla, Long susImport, Long version,
                                    Instant nar) {
        Map<Nyckel, Deltagarstatistik> skrivna = new HashMap<>();
        // per changed record, its snapshot before the batch (a record written twice is audited once)
        Map<Nyckel, Map<String, String>> fore = new LinkedHashMap<>();
        List<Resultat> resultat = new ArrayList<>();
        for (Skrivning s : skrivningar) {
            Nyckel nyckel = new Nyckel(s.insats().id(), s.period());
            Deltagarstatistik befintlig = skrivna.containsKey(nyckel) ? skrivna.get(nyckel) : s.befintlig().orElse(null);
            long current = befintlig == null ? 0L : befintlig.version();
            if (version != null && version != current) {
                throw UppfoljningException.withFields(DeltagareFel.STATISTIK_ANDRAD, befintlig == null ? List.of()
                        : audit.changedInOneRowSince(OBJEKTTYP, befintlig.id(), version));
            }
            Deltagarsiffror ny = s.siffror().utanAngivnaSummor();
            if (befintlig != null && befintlig.siffror().equals(ny) && befintlig.forklaringar().equals(s.forklaringar())) {
                resultat.add(new Resultat(befintlig, false));
                continue;
            }
            Deltagarstatistik d = befintlig == null ? new Deltagarstatistik(s.insats(), s.period()) : befintlig;
            fore.putIfAbsent(nyckel, befintlig == null ? Map.of() : snapshot(befintlig));
            d.record(ny, s.forklaringar(), kalla, susImport, caller.username(), nar);
            if (befintlig == null) {
                em.persist(d);
            }
            skrivna.put(nyckel, d);
            resultat.add(new Resultat(d, true));
        }
        if (fore.isEmpty()) {
            return resultat;
        }
        em.flush(); // the records' new versions (and, for new ones, their existence) before they are audited
        fore.forEach((nyckel, f) -> {
            Deltagarstatistik d = skrivna.get(nyckel);
            audit.recordChangesInOneRow(caller, d.insats().forbund().kod(), OBJEKTTYP, d.id(), d.version(), AUDITFALT,
                    f, snapshot(d));
        });
        return resultat;
    }

    private record Nyckel(long insats, Halvar period) {
    }

    static Map<String, String> snapshot(Deltagarstatistik d) {
        Map<String, String> s = d.siffror().snapshot();
        new TreeMap<>(d.forklaringar()).forEach((regel, text) -> s.put("forklaring." + regel, Objects.toString(text, null)));
        return s;
    }
}
