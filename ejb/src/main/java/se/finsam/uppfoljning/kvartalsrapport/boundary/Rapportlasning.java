package se.finsam.uppfoljning.kvartalsrapport.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.kvartalsrapport.control.FragebatteriCache;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapporter;
import se.finsam.uppfoljning.kvartalsrapport.control.Rapportfrister;
import se.finsam.uppfoljning.kvartalsrapport.entity.Fragebatteri;
import se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.Objects;
import java.util.Optional;

/**
 * Reading one quarterly report: the most frequent call of the API and one that changes nothing, so
 * it needs no transaction and no EJB. A CDI bean instead of the {@link Kvartalsrapportering} EJB:
 * in a flight recording of the read under load the EJB container's work around the call (its
 * transaction, security and validation interceptors, Weld's request scope for the call) took
 * nearly all of the read's own samples, the report itself (from EclipseLink's shared cache) almost
 * none. The access check is the same as the facade's, on every call, for the caller of the call.
 */
@ApplicationScoped
public class Rapportlasning {

    @Inject
    Rapportfrister frister;

    @Inject
    InsatsLookup insatser;

    @Inject
    Rapporter rapporter;

    @Inject
    FragebatteriCache fragebatterier;

    /** The report as the caller may see it; a template if nobody has started it. */
    public RapportView rapport(Caller caller, InsatsId insatsId, Rapportperiod period) {
        Objects.requireNonNull(caller, "caller");
        Atkomst.requireInsatsRole(caller);
        Insats insats = insatser.findForReading(caller, insatsId.varde(), Atkomst::canReadReports);
        Kvartalsrapport r = rapporter.findForReading(insats, period)
                .orElseGet(() -> new Kvartalsrapport(insats, period, fragebatteri(insats, period).orElse(null)));
        return view(caller, r);
    }

    RapportView view(Caller caller, Kvartalsrapport r) {
        return RapportView.of(r, frister.frist(r.period()), frister.idag(),
                Atkomst.canReport(caller, r.insats()), Atkomst.canReview(caller));
    }

    /** The question set in force for the quarter (rule in {@code Fragebatteriregel}). */
    Optional<Fragebatteri> fragebatteri(Insats insats, Rapportperiod period) {
        return fragebatterier.iKraft(insats.forbund().kod(), period);
    }
}
