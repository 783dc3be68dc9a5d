package se.finsam.uppfoljning.pm.boundary;

import jakarta.persistence.EntityManager;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapporter;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.entity.Halvar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one PM request reads once and every table builder of that request shares: the insatser
 * running in the half-year, the quarterly reports of each quarter, the deviations received in the
 * half-year. Each is read the first time a table asks for it, by that table's own query, and handed
 * to the next table as it was read. It lives for one request (one transaction) and is never kept
 * beyond it: nothing here is a cache across requests (decision 0022).
 */
public final class PmLasning {

    private final Caller caller;
    private final Halvar halvar;
    private String forbund;
    private List<Insats> igang;
    private final Map<Rapportperiod, Map<Long, Kvartalsrapport>> rapporter = new HashMap<>();
    private List<AvvikelseView> inkomna;

    PmLasning(Caller caller, Halvar halvar) {
        this.caller = caller;
        this.halvar = halvar;
    }

    public Caller caller() {
        return caller;
    }

    public Halvar halvar() {
        return halvar;
    }

    /** The caller's förbund (checked when first asked for, after the table's own role check). */
    public String forbund() {
        if (forbund == null) {
            forbund = Atkomst.forbund(caller);
        }
        return forbund;
    }

    /** The insatser of the förbund running in the half-year, in the register's order; read the first time. */
    List<Insats> igang(EntityManager em) {
        if (igang == null) {
            igang = em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", forbund())
                    .setHint(InsatsLookup.READ_ONLY, "True").getResultStream().filter(i -> i.runsDuring(halvar.forstaDag(), halvar.sistaDag())).toList();
        }
        return igang;
    }

    /** The quarter's reports by insats id ({@link Rapporter#forReading}); read the first time that quarter is asked for. */
    Map<Long, Kvartalsrapport> rapporter(Rapporter las, Rapportperiod kvartal) {
        return rapporter.computeIfAbsent(kvartal, k -> las.forReading(forbund(), k));
    }

    /** The deviations received in the half-year, as the caller may read them; read the first time. */
    List<AvvikelseView> inkomna(Avvikelsehantering las) {
        if (inkomna == null) {
            inkomna = las.inkomna(caller, halvar.forstaDag(), halvar.sistaDag());
        }
        return inkomna;
    }
}
