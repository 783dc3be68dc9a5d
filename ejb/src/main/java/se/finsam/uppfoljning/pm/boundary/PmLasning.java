package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.insats.boundary.InsatsUnderlag;
import se.finsam.uppfoljning.insats.boundary.Insatslasning;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsunderlag;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportsammandrag;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;
import se.finsam.uppfoljning.plattform.entity.Halvar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one PM request reads once and every table builder of that request shares: the insatser
 * running in the half-year, the quarterly reports of each quarter, the deviations received in the
 * half-year. Each is read the first time a table asks for it, through the owning component's read
 * facade (DTOs only: no entity and no EntityManager of another component passes here), and handed
 * to the next table as it was read. It lives for one request (one transaction) and is never kept
 * beyond it: nothing here is a cache across requests (decision 0022).
 */
public final class PmLasning {

    private final Caller caller;
    private final Halvar halvar;
    private ForbundKod forbund;
    private List<InsatsUnderlag> igang;
    private final Map<Rapportperiod, Map<InsatsId, Rapportsammandrag>> rapporter = new HashMap<>();
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
    public ForbundKod forbund() {
        if (forbund == null) {
            forbund = new ForbundKod(Atkomst.forbund(caller));
        }
        return forbund;
    }

    /**
     * The insatser of the förbund running in the half-year, in the register's order; read the first
     * time. Every table starts from them, so this is where the caller must be one who reads PMs.
     */
    List<InsatsUnderlag> igang(Insatslasning las) {
        PmTabeller.requirePmReader(caller);
        if (igang == null) {
            igang = las.igang(forbund(), halvar);
        }
        return igang;
    }

    /** The quarter's reports by insats ({@link Kvartalsunderlag#rapporter}); read the first time that quarter is asked for. */
    Map<InsatsId, Rapportsammandrag> rapporter(Kvartalsunderlag las, Rapportperiod kvartal) {
        return rapporter.computeIfAbsent(kvartal, k -> las.rapporter(forbund(), k));
    }

    /** The deviations received in the half-year, as the caller may read them; read the first time. */
    List<AvvikelseView> inkomna(Avvikelsehantering las) {
        if (inkomna == null) {
            inkomna = las.inkomna(caller, halvar.forstaDag(), halvar.sistaDag());
        }
        return inkomna;
    }
}
