package se.finsam.uppfoljning.pm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.boundary.Insatsslag;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.pm.control.Avvikelsetext;
import se.finsam.uppfoljning.pm.control.FaststalldaPm;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.pm.control.PmAtkomst;
import se.finsam.uppfoljning.pm.control.PmFil;
import se.finsam.uppfoljning.pm.control.PmFiler;
import se.finsam.uppfoljning.pm.control.Offentliggorande;
import se.finsam.uppfoljning.pm.control.PmUtgava;
import se.finsam.uppfoljning.pm.control.Rojandeskydd;
import se.finsam.uppfoljning.pm.control.PmFormat;
import se.finsam.uppfoljning.pm.control.PmJson;
import se.finsam.uppfoljning.pm.control.PmTexter;
import se.finsam.uppfoljning.pm.control.Sammanfattning;
import se.finsam.uppfoljning.pm.entity.Avsnitt;
import se.finsam.uppfoljning.pm.entity.FaststalltPm;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabeller;
import se.finsam.uppfoljning.slutrapport.boundary.Slutrapportering;
import se.finsam.uppfoljning.reports.BudgetRad;
import se.finsam.uppfoljning.reports.BudgetTabell;
import se.finsam.uppfoljning.reports.ForutsattningRad;
import se.finsam.uppfoljning.reports.ForutsattningarTabell;
import se.finsam.uppfoljning.reports.InsatsRad;
import se.finsam.uppfoljning.reports.InsatserTabell;
import se.finsam.uppfoljning.reports.KvalitetRad;
import se.finsam.uppfoljning.reports.KvalitetTabell;
import se.finsam.uppfoljning.reports.NulageMalRad;
import se.finsam.uppfoljning.reports.NulageMalTabell;
import se.finsam.uppfoljning.reports.PmReport;
import se.finsam.uppfoljning.reports.PmTabell;
import se.finsam.uppfoljning.reports.PmText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The PM of a förbund's half-year as the report engine prints it. A draft is built from live data on
 * every request ({@link #underlag}); once frozen, the PM is built from the snapshot stored then, for
 * everyone, and the board reads nothing else (a draft is, for the board, a PM that does not exist).
 */
@Stateless
public class PmDokument {

    @PersistenceContext
    EntityManager em;

    @Inject
    PmTabeller tabeller;

    @Inject
    Budgettabeller budgettabeller;

    @Inject
    PmTexter texter;

    @Inject
    Deltagartabeller deltagartabeller;

    @Inject
    Slutrapportering slutrapportering;

    @Inject
    Avvikelsehantering avvikelser;

    @Inject
    FaststalldaPm faststallda;

    @Inject
    PmFiler filer;

    @Inject
    Offentliggorande offentliggorande;

    @Inject
    PartnerRegister partner;

    /** The PM as it reads today's data: the draft, and what a freeze would store. */
    public PmUnderlag underlag(@NotNull Caller caller, Halvar h) {
        String forbundKod = Atkomst.forbund(caller);
        String forbundsnamn = partner.forbund(new ForbundKod(forbundKod)).orElseThrow().namn();
        int ar = h.ar();
        int halvar = h.halvar();
        // The insatser, the quarterly reports and the deviations are read once for all the tables
        PmLasning l = new PmLasning(caller, h);
        Tabell1 t1 = tabeller.tabell1(l);
        Map<String, String> text = new HashMap<>();
        text.put(PmText.SAMMANFATTNING.name(), sammanfattning(h, t1));
        texter.av(forbundKod, h).forEach((avsnitt, t) -> {
            if (!t.text().isBlank()) {
                text.put(slot(avsnitt).name(), t.text());
            }
        });
        text.put(PmText.AVVIKELSER.name(), avvikelsetext(l));
        String avslutade = AvslutadeInsatser.text(slutrapportering.forInsatser(caller, avslutadeUnder(h, t1)));
        if (avslutade != null) {
            text.put(PmText.AVSLUTADE.name(), avslutade);
        }
        return new PmUnderlag(forbundsnamn, ar, halvar, text, t1, tabeller.tabell2(l),
                budgettabeller.tabell3(l), budgettabeller.tabell4(l),
                tabeller.tabell5(l), deltagartabeller.forPm(caller, h));
    }

    /** The frozen PM's snapshot when there is one; otherwise the draft, for those who read drafts. */
    public PmReport rapport(@NotNull Caller caller, Halvar h) {
        return rapport(las(caller, h));
    }

    /**
     * The PM for a layout preview with a half-year's live data: today's data as a draft reads it, for
     * the office and the report designers who lay the PM out (they read the PM's tables too), of their
     * own förbund. The layout library checks the role.
     */
    public PmReport forhandsgranskning(@NotNull Caller caller, Halvar h) {
        return rapport(underlag(caller, h));
    }

    /**
     * The PM as a file, in the edition asked for, or when none is, the caller's: the public edition
     * for the board (a board's PM is a public document), the internal one for the office. A frozen
     * PM is rendered again from its snapshot while the layouts are the ones it was frozen with, and
     * is otherwise the file stored when it was frozen: its text never changes, whatever happens to
     * the data or the layouts afterwards.
     */
    public PmFil fil(@NotNull Caller caller, Halvar h, PmFormat format, PmUtgava utgava) {
        // A download only reads until the render records its layouts (one insert, flushed at commit):
        // no query need flush first, which would compare every entity read so far with its backup
        em.setFlushMode(FlushModeType.COMMIT);
        PmUtgava u = utgava != null ? utgava : standardutgava(caller);
        String forbundKod = Atkomst.forbund(caller);
        Optional<FaststalltPm> frozen = faststallda.av(forbundKod, h);
        if (frozen.isPresent()) {
            PmAtkomst.requireFrozenReader(caller);
            FaststalltPm pm = frozen.get();
            PmReport report = rapport(snapshot(pm), u);
            if (!pm.layoutversion().equals(filer.layoutVersion(forbundKod))) {
                return faststallda.fil(pm, format, u).map(f -> filer.stored(report, forbundKod, format, f.innehall(), pm.layoutversion()))
                        .orElseGet(() -> filer.render(report, forbundKod, format));
            }
            return filer.render(report, forbundKod, format);
        }
        PmAtkomst.requireDocumentReader(caller, h);
        return filer.render(rapport(underlag(caller, h), u), forbundKod, format);
    }

    /** The board reads the public edition unless it asks for the other; everyone else the internal one. */
    public static PmUtgava standardutgava(Caller caller) {
        return barastyrelsen(caller) ? PmUtgava.OFFENTLIG : PmUtgava.INTERN;
    }

    /** The board and no role that reads drafts: it reads frozen PMs, in their public edition by default. */
    private static boolean barastyrelsen(Caller caller) {
        return caller.has(Roll.STYRELSE) && !caller.hasAny(Roll.KANSLI, Roll.FORBUNDSCHEF, Roll.RAPPORTDESIGNER);
    }

    private PmReport rapport(PmUnderlag u, PmUtgava utgava) {
        return utgava == PmUtgava.OFFENTLIG ? rapport(u, offentliggorande.skydd()) : rapport(u);
    }

    /**
     * One of the PM's tables through the API: the board reads the frozen PM's (404 while there is
     * none); everyone else who may read tables reads today's data.
     */
    public <T> T tabell(@NotNull Caller caller, Halvar h, Function<PmUnderlag, T> del, Supplier<T> live) {
        if (barastyrelsen(caller)) {
            return del.apply(faststallda.av(Atkomst.forbund(caller), h).map(PmDokument::snapshot)
                    .orElseThrow(() -> PmAtkomst.ingetFaststallt(h)));
        }
        return live.get();
    }

    private PmUnderlag las(Caller caller, Halvar h) {
        Optional<FaststalltPm> frozen = faststallda.av(Atkomst.forbund(caller), h);
        if (frozen.isPresent()) {
            PmAtkomst.requireFrozenReader(caller);
            return snapshot(frozen.get());
        }
        PmAtkomst.requireDocumentReader(caller, h);
        return underlag(caller, h);
    }

    static PmUnderlag snapshot(FaststalltPm pm) {
        return PmJson.read(pm.underlag(), PmUnderlag.class);
    }

    /** The report engine's input from a PM's data, the internal edition; nothing is read from the database here. */
    public static PmReport rapport(PmUnderlag u) {
        return rapport(u, (Rojandeskydd) null);
    }

    /**
     * The report engine's input from a PM's data: the internal edition without {@code skydd}, the
     * public one with it (the participant tables' small counts hidden); nothing is read from the
     * database here.
     */
    public static PmReport rapport(PmUnderlag u, Rojandeskydd skydd) {
        Map<PmText, String> text = new EnumMap<>(PmText.class);
        u.texter().forEach((slot, t) -> text.put(PmText.valueOf(slot), t));

        List<PmTabell> tabellista = new ArrayList<>();
        Tabell1 t1 = u.tabell1();
        if (t1.antal() > 0) {
            tabellista.add(new InsatserTabell(t1.grupper().stream().flatMap(g -> g.rader().stream().map(r ->
                    new InsatsRad(g.rubrik(), r.namn(), r.agare(), r.start(), r.slut(), r.forlangd()))).toList(), null));
        }
        List<NulageMalRad> nulage = u.tabell2().grupper().stream().flatMap(g -> g.rader().stream().map(r ->
                new NulageMalRad(g.rubrik(), r.namn(), r.iFas(), r.prognos(), r.trafikljus()))).toList();
        if (!nulage.isEmpty()) {
            tabellista.add(new NulageMalTabell(nulage));
        }
        List<ForutsattningRad> forutsattningar = u.tabell3().grupper().stream().flatMap(g -> g.rader().stream().map(r ->
                new ForutsattningRad(g.rubrik(), r.namn(), r.vakanserSof(), r.vakanserEgen(), r.avvikelserBudget()))).toList();
        if (!forutsattningar.isEmpty()) {
            tabellista.add(new ForutsattningarTabell(forutsattningar));
        }
        Tabell4 t4 = u.tabell4();
        if (!t4.rader().isEmpty()) {
            boolean helar = t4.halvar() == 2;
            tabellista.add(new BudgetTabell(t4.ar(), helar, t4.rader().stream().map(r -> new BudgetRad(r.agare(), r.namn(),
                    r.forstaHalvaret().utfallTsek(), r.forstaHalvaret().budgetTsek(), r.forstaHalvaret().forbrukningskvotProcent(),
                    helar ? r.helaAret().utfallTsek() : null, helar ? r.helaAret().budgetTsek() : null,
                    helar ? r.helaAret().forbrukningskvotProcent() : null, helar ? null : r.not(),
                    helar ? r.overfortTillNastaTsek() : null)).toList()));
        }
        Tabell5 t5 = u.tabell5();
        if (!t5.fragor().isEmpty() && t5.fragor().size() <= KvalitetTabell.MAX_FRAGOR && t1.antal() > 0) {
            tabellista.add(new KvalitetTabell(t5.fragor(), t5.grupper().stream().flatMap(g -> g.rader().stream()
                    .map(r -> new KvalitetRad(g.rubrik(), r.namn(), r.svar()))).toList()));
        }
        if (u.deltagare() != null) {
            tabellista.addAll(Statistiktabeller.tabeller(u.deltagare(),
                    skydd == null ? Skyddsplan.INGEN : Skyddsplan.av(u.deltagare(), skydd)));
        }
        return new PmReport(u.forbund(), u.ar(), u.halvar(), text, tabellista);
    }

    /** The opening sentences from table 1: the kinds in the register's order, the insatser closed in the half-year. */
    static String sammanfattning(Halvar h, Tabell1 t1) {
        List<Sammanfattning.Slag> slag = new ArrayList<>();
        Map<Insatsslag, Integer> antal = Map.of(Insatsslag.INDIVIDINSATS, t1.individinsatser(),
                Insatsslag.STRUKTURINSATS, t1.strukturinsatser(), Insatsslag.KOMPETENSHOJANDE, t1.kompetenshojande());
        for (Insatsslag typ : Insatsslag.alla()) {
            slag.add(new Sammanfattning.Slag(typ.label().toLowerCase(Locale.ROOT), typ.plural().toLowerCase(Locale.ROOT),
                    antal.get(typ)));
        }
        List<LocalDate> avslutade = t1.grupper().stream().flatMap(g -> g.rader().stream())
                .map(Tabell1.Rad::slut).filter(slut -> !slut.isAfter(h.sistaDag())).toList();
        return Sammanfattning.text(h, slag, avslutade);
    }

    /** "Avvikelse mål/målgrupp" from the deviation reports other than budget that came in during the half-year. */
    private String avvikelsetext(PmLasning l) {
        return Avvikelsetext.text(l.inkomna(avvikelser).stream()
                .filter(a -> !a.gallerBudget())
                .map(a -> new Avvikelsetext.Inkommen(a.insats(), a.typText(), a.beskrivning())).toList());
    }

    /** The insatser of table 1 whose (extended) period ended in the half-year. */
    private static List<InsatsId> avslutadeUnder(Halvar h, Tabell1 t1) {
        return t1.grupper().stream().flatMap(g -> g.rader().stream())
                .filter(r -> !r.slut().isBefore(h.forstaDag()) && !r.slut().isAfter(h.sistaDag()))
                .map(r -> new InsatsId(r.insatsId())).toList();
    }

    private static PmText slot(Avsnitt avsnitt) {
        return switch (avsnitt) {
            case BAKGRUND -> PmText.BAKGRUND;
            case MAL_KOMMENTAR -> PmText.MAL_KOMMENTAR;
            case KVALITET_KOMMENTAR -> PmText.KVALITET_KOMMENTAR;
            case REFLEKTIONER -> PmText.REFLEKTIONER;
        };
    }
}
