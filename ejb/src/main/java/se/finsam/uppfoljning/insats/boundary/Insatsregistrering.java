package se.finsam.uppfoljning.insats.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.InsatsFel;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.Insatsavkodning;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.control.Insatskod;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsStatus;
import se.finsam.uppfoljning.insats.entity.StyrgruppLedamot;
import se.finsam.uppfoljning.partner.control.PartnerLookup;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.partner.entity.Partner;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.control.Kalender;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The office keeps the register: registers an insats, edits it, records the board's extension and
 * closes it. Input is decoded whole first ({@link Insatsavkodning}, 400), then the rules that read the
 * register apply (409). Every change is in the audit trail with the version it produced, and a write
 * from a stale version is refused with what changed since (as for the quarterly reports).
 */
@Stateless
public class Insatsregistrering {

    /** "Ends later than any decision so far": the last day of the register's years. */
    private static final LocalDate SIST = LocalDate.of(2100, 12, 31);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Kalender kalender;

    @Inject
    InsatsLookup lookup;

    @Inject
    PartnerLookup partners;

    /** An insats as the office's form edits it (only the office of its förbund: others 403/404). */
    public InsatsView forRedigering(@NotNull Caller caller, @NotNull InsatsId id) {
        Atkomst.requireRegistrar(caller);
        return InsatsView.of(lookup.find(caller, id.varde(), Atkomst::canSeeRegister), kalender.idag());
    }

    /** The partners of the office's förbund, the owners and co-operating partners the form offers. */
    public List<Partnerval> parter(@NotNull Caller caller) {
        Atkomst.requireRegistrar(caller);
        return partners.allaAv(new ForbundKod(Atkomst.forbund(caller))).stream()
                .map(p -> new Partnerval(p.organisation(), p.namn())).toList();
    }

    /** A partner to choose: its organisation code and name. */
    public record Partnerval(String organisation, String namn) implements java.io.Serializable {
    }

    public InsatsView registrera(@NotNull Caller caller, @NotNull InsatsInput in) {
        Atkomst.requireRegistrar(caller);
        Insatsavkodning.check(in, false);
        String forbundKod = Atkomst.forbund(caller);
        Forbund forbund = partners.forbund(new ForbundKod(forbundKod)).orElseThrow();
        Parter parter = parter(forbundKod, in);
        List<Insats> befintliga = em.createNamedQuery(Insats.BY_FORBUND, Insats.class).setParameter("forbund", forbundKod)
                .getResultList();
        String kod = Insatskod.ny(in.kortnamn(), befintliga.stream().map(Insats::kod).collect(Collectors.toSet()));
        Insats insats = new Insats(forbund, kod, parter.agare());
        apply(insats, in, parter, befintliga.stream().mapToInt(Insats::sortering).max().orElse(0) + 1);
        em.persist(insats);
        flush();
        audit.recordChanges(caller, forbundKod, Insatsregister.OBJECT_TYPE, insats.id(), insats.version(),
                Map.of(), insats.snapshot());
        return InsatsView.of(insats, kalender.idag());
    }

    public InsatsView andra(@NotNull Caller caller, @NotNull InsatsId id, @NotNull InsatsInput in) {
        Atkomst.requireRegistrar(caller);
        Insatsavkodning.check(in, true);
        Insats insats = forWriting(caller, id, in.version());
        Parter parter = parter(insats.forbund().kod(), in);
        Map<String, String> before = insats.snapshot();
        apply(insats, in, parter, insats.sortering());
        return finish(caller, insats, before);
    }

    /** The board's extension: a later end, marked (*) in table 1 of the half-year it was decided in. */
    public InsatsView forlang(@NotNull Caller caller, @NotNull InsatsId id, @NotNull Forlangningsbeslut b) {
        Atkomst.requireRegistrar(caller);
        Insatsavkodning.check(b);
        return decide(caller, id, b.version(), (insats, gallande) -> {
            if (!b.slut().isAfter(gallande)) {
                throw Insatsavkodning.falt(InsatsFel.FORLANGNING_INTE_SENARE, "slut", gallande);
            }
            insats.grantExtension(b.slut(), b.beslutsdatum(), b.beslutAv() == null || b.beslutAv().isBlank() ? "Styrelsen" : b.beslutAv().strip());
        });
    }

    /**
     * Closes the insats: when its end in force has come, or on an earlier end decided by the board.
     * The closed insats is then due its final report ({@code slutrapport}).
     */
    public InsatsView avsluta(@NotNull Caller caller, @NotNull InsatsId id, @NotNull Avslutsbeslut b) {
        Atkomst.requireRegistrar(caller);
        Insatsavkodning.check(b);
        return decide(caller, id, b.version(), (insats, gallande) -> {
            if (b.slut() == null || b.slut().equals(gallande)) {
                if (gallande.isAfter(kalender.idag())) {
                    throw Insatsavkodning.falt(InsatsFel.PAGAR_AN, "slut", gallande);
                }
                insats.close();
            } else if (b.slut().isAfter(gallande)) {
                throw Insatsavkodning.falt(InsatsFel.AVSLUT_EFTER_SLUT, "slut", gallande);
            } else if (b.slut().isBefore(insats.start())) {
                throw Insatsavkodning.falt(InsatsFel.SLUT_FORE_START, "slut");
            } else if (b.beslutsdatum() == null) {
                throw Insatsavkodning.falt(InsatsFel.UPPGIFT_SAKNAS, "beslutsdatum");
            } else {
                insats.endEarly(b.slut(), b.beslutsdatum());
            }
        });
    }

    /** The owner and the partners the input names, all of the förbund (409 naming each that is not). */
    private Parter parter(String forbundKod, InsatsInput in) {
        Map<String, Partner> alla = partners.partners(new ForbundKod(forbundKod));
        List<FieldError> okanda = new ArrayList<>();
        List<String> namn = new ArrayList<>();
        okand(alla, okanda, namn, "agare", in.agare());
        for (int i = 0; i < in.samverkansparter().size(); i++) {
            okand(alla, okanda, namn, "samverkansparter[" + i + "]", in.samverkansparter().get(i));
        }
        for (int i = 0; i < in.styrgrupp().size(); i++) {
            okand(alla, okanda, namn, "styrgrupp[" + i + "].organisation", in.styrgrupp().get(i).organisation());
        }
        if (!okanda.isEmpty()) {
            throw UppfoljningException.withFields(InsatsFel.INTE_PARTNER, okanda, String.join(", ", namn));
        }
        Set<Partner> samverkan = in.samverkansparter().stream().map(alla::get).collect(Collectors.toCollection(HashSet::new));
        return new Parter(alla.get(in.agare()), samverkan);
    }

    private static void okand(Map<String, Partner> alla, List<FieldError> okanda, List<String> namn, String falt,
                              String organisation) {
        if (!alla.containsKey(organisation)) {
            namn.add(organisation);
            okanda.add(new FieldError(falt, InsatsFel.INTE_PARTNER.message(organisation)));
        }
    }

    private record Parter(Partner agare, Set<Partner> samverkan) {
    }

    private void apply(Insats insats, InsatsInput in, Parter parter, int sortering) {
        insats.transferTo(parter.agare());
        insats.describe(in.namn().strip(), in.typ(), in.start(), in.slut(), blankIsNull(in.malgrupp()), sortering);
        Halvar fran = in.kortnamnFran() != null ? in.kortnamnFran() : Halvar.containing(kalender.idag());
        insats.rename(in.kortnamn().strip(), fran.forstaDag());
        insats.cooperateWith(parter.samverkan());
        int nasta = insats.mal().stream().mapToInt(m -> m.nummer()).max().orElse(0);
        for (InsatsInput.Mal m : in.mal()) {
            int nummer = m.nummer() != null && m.nummer() > 0 ? m.nummer() : ++nasta;
            nasta = Math.max(nasta, nummer);
            insats.defineGoal(nummer, m.beskrivning().strip(), blankIsNull(m.malvarde()));
        }
        insats.seatSteeringGroup(in.styrgrupp().stream().map(l -> new StyrgruppLedamot(l.namn().strip(), l.organisation()))
                .collect(Collectors.toSet()));
        insats.assignReporters(in.rapportorer().stream().map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private Insats forWriting(Caller caller, InsatsId id, long version) {
        Insats insats = lookup.find(caller, id.varde(), Atkomst::canSeeRegister);
        if (insats.version() != version) {
            List<FieldError> changed = audit.changedSince(Insatsregister.OBJECT_TYPE, insats.id(), version);
            throw UppfoljningException.detailed(InsatsFel.INAKTUELL_VERSION,
                    "Insatsen har ändrats sedan du läste den (din version " + version + ", nu " + insats.version()
                            + "). Läs in den igen; ändringarna står nedan.", changed);
        }
        return insats;
    }

    /**
     * Records a board decision (an extension, a close): on the insats at the version the office read,
     * only while it is open (a closed insats takes no further decision), given the end in force
     * before the decision, and audited as every other change.
     */
    private InsatsView decide(Caller caller, InsatsId id, long version, BiConsumer<Insats, LocalDate> beslut) {
        Insats insats = forWriting(caller, id, version);
        if (insats.status() == InsatsStatus.AVSLUTAD) {
            throw UppfoljningException.of(InsatsFel.REDAN_AVSLUTAD);
        }
        Map<String, String> before = insats.snapshot();
        beslut.accept(insats, insats.slutPer(SIST));
        return finish(caller, insats, before);
    }

    private InsatsView finish(Caller caller, Insats insats, Map<String, String> before) {
        long produced = insats.version() + 1;
        // every accepted write moves the version on, so two clients writing from the same version
        // can never both succeed
        em.lock(insats, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.recordChanges(caller, insats.forbund().kod(), Insatsregister.OBJECT_TYPE, insats.id(), produced,
                before, insats.snapshot());
        flush();
        return InsatsView.of(insats, kalender.idag());
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw UppfoljningException.of(InsatsFel.INAKTUELL_VERSION);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw UppfoljningException.of(InsatsFel.INAKTUELL_VERSION);
            }
            throw e;
        }
    }

    private static String blankIsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
