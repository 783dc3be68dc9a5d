package se.finsam.uppfoljning.deltagare.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Deltagarstatistik;
import se.finsam.uppfoljning.deltagare.entity.Kalla;
import se.finsam.uppfoljning.deltagare.entity.Statistikperiod;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes a period's statistics with its audit rows, for the form, the SUS import and the data
 * package alike. Access and the consistency rules are checked by the caller (the boundary); the
 * version is checked here. Saving the same figures again changes nothing and writes no audit row.
 */
@Dependent
public class Statistikregister {

    public static final String OBJEKTTYP = "Deltagarstatistik";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Statistiker statistiker;

    /** What a save did. */
    public record Resultat(Deltagarstatistik statistik, boolean andrad) {
    }

    /** @param version the version the caller read (0 for a period without figures); null to skip the check (import) */
    public Resultat spara(Caller caller, Insats insats, Statistikperiod period, Deltagarsiffror siffror,
                          Map<String, String> forklaringar, Kalla kalla, Long version, Instant nar) {
        Optional<Deltagarstatistik> befintlig = statistiker.find(insats, period);
        long current = befintlig.map(Deltagarstatistik::version).orElse(0L);
        if (version != null && version != current) {
            throw UppfoljningException.of(DeltagareFel.STATISTIK_ANDRAD);
        }
        Deltagarsiffror ny = siffror.utanAngivnaSummor();
        Map<String, String> fore = befintlig.map(Statistikregister::snapshot).orElseGet(LinkedHashMap::new);
        if (befintlig.isPresent() && befintlig.get().siffror().equals(ny)
                && befintlig.get().forklaringar().equals(forklaringar)) {
            return new Resultat(befintlig.get(), false);
        }
        Deltagarstatistik d = befintlig.orElseGet(() -> new Deltagarstatistik(insats, period));
        d.record(ny, forklaringar, kalla, caller.username(), nar);
        if (befintlig.isEmpty()) {
            em.persist(d);
        }
        em.flush();
        audit.recordChanges(caller, insats.forbund().kod(), OBJEKTTYP, d.id(), d.version(), fore, snapshot(d));
        return new Resultat(d, true);
    }

    static Map<String, String> snapshot(Deltagarstatistik d) {
        Map<String, String> s = d.siffror().snapshot();
        new TreeMap<>(d.forklaringar()).forEach((regel, text) -> s.put("forklaring." + regel, Objects.toString(text, null)));
        return s;
    }
}
