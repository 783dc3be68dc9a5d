package se.finsam.uppfoljning.sus.boundary;

import se.finsam.uppfoljning.plattform.entity.InsatsId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.sus.SusFel;
import se.finsam.uppfoljning.deltagare.boundary.Deltagarinlasning;
import se.finsam.uppfoljning.deltagare.boundary.Deltagarstatistiken;
import se.finsam.uppfoljning.deltagare.boundary.Inlasningspost;
import se.finsam.uppfoljning.sus.control.SusAvkodning;
import se.finsam.uppfoljning.sus.control.SusFil;
import se.finsam.uppfoljning.sus.control.SusImportjobb;
import se.finsam.uppfoljning.sus.control.SusImportjobben;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil;
import se.finsam.uppfoljning.sus.control.SusMall;
import se.finsam.uppfoljning.sus.entity.SusImportpost;
import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.deltagare.control.Statistiker;
import se.finsam.uppfoljning.deltagare.control.Statistikregister;
import se.finsam.uppfoljning.deltagare.entity.Deltagarstatistik;
import se.finsam.uppfoljning.deltagare.entity.Kalla;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SUS import, for the office: upload a SUS export (Excel or CSV in the column profile's layout),
 * follow its check ({@link #status}), see per insats what would change, and commit it all or
 * nothing. Decode first (the whole file; any problem refuses it whole, nothing written), then apply
 * (the consistency rules; commit in one transaction). Importing the same file twice changes nothing.
 * Every commit that changes anything is recorded ({@link SusImportpost}: file, hash, period, SUS
 * extraction date, who, when) and audited, beside the statistics' own audit rows.
 */
@Stateless
public class SusImport {

    @Inject
    SusImportjobben jobben;

    @Inject
    SusGranskning granskning;

    @Inject
    Deltagarstatistiken deltagarstatistiken;

    @Inject
    Deltagarinlasning inlasning;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    /**
     * Takes a file and starts checking it in the background; poll {@link #status} for progress.
     *
     * @param period      the half-year the file covers; null when the request named none (400 DEL-135)
     * @param uttagsdatum the SUS extraction date when the file does not state one (else null)
     * @param vanta       check before answering (the answer is then KLAR or AVVISAD), for programs
     */
    public SusImportStatus starta(@NotNull Caller caller, byte[] fil, String filnamn, Halvar period,
                                  LocalDate uttagsdatum, boolean vanta) {
        requireKansli(caller);
        if (period == null) {
            throw UppfoljningException.of(SusFel.SUS_IMPORT_OGILTIG_BEGARAN, "Ange år och halvår som filen gäller.");
        }
        if (fil == null || fil.length == 0) {
            throw UppfoljningException.of(SusFel.SUS_TOM_FIL);
        }
        if (fil.length > SusFil.MAX_BYTES) {
            throw UppfoljningException.of(SusFel.SUS_FOR_STOR, SusFil.MAX_MB);
        }
        SusImportjobb jobb = jobben.lagg(new SusImportjobb(Atkomst.forbund(caller), caller.username(), Instant.now(),
                filnamn(filnamn), sha256(fil), new SusAvkodning.Forvantan(period.ar(), period.halvar(),
                Optional.ofNullable(uttagsdatum))));
        if (vanta) {
            granskning.granska(caller, jobb, fil);
        } else {
            granskning.granskaIBakgrunden(caller, jobb, fil);
        }
        return status(jobb);
    }

    public SusImportStatus status(@NotNull Caller caller, String id) {
        requireKansli(caller);
        return status(jobb(caller, id));
    }

    /**
     * Commits a ready preview, all or nothing, in this transaction. Refuses (409) a preview still
     * being checked or refused, one committed already, or one whose insatser's statistics changed
     * since it was made. The preview's check is run again only if something it read (the previous
     * period's records, the insatser) changed since; the written records name the import (V16).
     */
    public SusImportResultat genomfor(@NotNull Caller caller, String id) {
        requireKansli(caller);
        SusImportjobb jobb = jobb(caller, id);
        switch (jobb.status()) {
            case GRANSKAS -> throw UppfoljningException.of(SusFel.SUS_IMPORT_EJ_KLAR);
            case AVVISAD -> throw UppfoljningException.of(SusFel.SUS_IMPORT_HAR_FEL);
            case INLAST -> throw UppfoljningException.of(SusFel.SUS_IMPORT_GENOMFORD);
            case KLAR -> {
                // below
            }
        }
        Halvar period = new Halvar(jobb.forvantan().ar(), jobb.forvantan().halvar());
        List<SusImportjobb.Post> poster = jobb.poster();
        Map<Long, Long> versioner = inlasning.versioner(caller, period);
        for (SusImportjobb.Post p : poster) {
            long nu = versioner.getOrDefault(p.insatsId(), 0L);
            if (nu != p.version()) {
                throw UppfoljningException.of(SusFel.SUS_IMPORT_INAKTUELL, p.insats());
            }
        }
        List<SusImportjobb.Post> andras = poster.stream().filter(SusImportjobb.Post::andras).toList();
        if (andras.isEmpty()) {
            return inlast(jobb, 0, null);
        }
        Instant nar = Instant.now();
        // the import's row first: the records name it (V16); its count of changed insatser is set after
        SusImportpost post = new SusImportpost(jobb.forbund(), period, jobb.filnamn(), jobb.hash(), jobb.format(),
                jobb.utdrag().profil(), grupper(jobb), jobb.utdrag().uttagsdatum(), poster.size(), andras.size(),
                caller.username(), nar);
        em.persist(post);
        em.flush();
        long importId = post.id();
        int antal = oforandratSedanGranskningen(caller, period, andras)
                ? skrivGranskade(caller, period, andras, importId, nar)
                : (int) deltagarstatistiken.sparaAllaFranSus(caller, andras.stream()
                .map(p -> new Inlasningspost(p.insatsId(), period.ar(), period.halvar(), p.siffror(), p.forklaringar()))
                .toList(), importId).stream().filter(Boolean::booleanValue).count();
        if (antal == 0) {
            em.remove(post);
            return inlast(jobb, 0, null);
        }
        post.andrade(antal);
        audit.record(caller, jobb.forbund(), "SusImport", importId, "inlast", null,
                jobb.filnamn() + " (" + jobb.hash().substring(0, 12) + "…), " + period + ", uttag "
                        + jobb.utdrag().uttagsdatum() + ", " + antal + " av " + poster.size() + " insatser ändrade");
        return inlast(jobb, antal, importId);
    }

    private SusImportResultat inlast(SusImportjobb jobb, int antal, Long importId) {
        // this node's copy, then the database's row, which every node's commit of the preview goes through
        if (!jobb.inlas(Map.of("andrade", antal)) || !jobben.inlast(jobb)) {
            throw UppfoljningException.of(SusFel.SUS_IMPORT_GENOMFORD);
        }
        return new SusImportResultat(jobb.id().toString(), antal, jobb.poster().size() - antal, importId);
    }

    /**
     * Nothing the preview's check read has changed since: the previous period's records and the
     * insatser have the versions the preview read (the period's own records are compared by the
     * caller). Then the check's result stands and need not be run again.
     */
    private boolean oforandratSedanGranskningen(Caller caller, Halvar period, List<SusImportjobb.Post> poster) {
        Map<Long, Long> foregaende = inlasning.versioner(caller, period.foregaende());
        Map<Long, Long> insatser = inlasning.insatsversioner(caller);
        return poster.stream().allMatch(p -> foregaende.getOrDefault(p.insatsId(), 0L) == p.foregaendeVersion()
                && Long.valueOf(p.insatsVersion()).equals(insatser.get(p.insatsId())));
    }

    /**
     * Writes the preview's checked posts as they are (nothing they were checked against has changed),
     * through deltagare; a record whose version is no longer the one the check read refuses the commit.
     */
    private int skrivGranskade(Caller caller, Halvar period, List<SusImportjobb.Post> poster, long importId,
                               Instant nar) {
        Deltagarinlasning.Sparat sparat = inlasning.sparaGranskade(caller, period, poster.stream()
                .map(p -> new Deltagarinlasning.Granskad(p.insatsId(), p.finns(), p.version(), p.siffror(), p.forklaringar()))
                .toList(), importId, nar);
        sparat.inaktuell().ifPresent(id -> {
            throw UppfoljningException.of(SusFel.SUS_IMPORT_INAKTUELL, poster.stream().filter(p -> p.insatsId() == id)
                    .findFirst().map(SusImportjobb.Post::insats).orElse(String.valueOf(id)));
        });
        return sparat.andrade();
    }

    /** The förbund's committed imports, newest first. */
    public List<SusImportHistorik> historik(@NotNull Caller caller) {
        requireKansli(caller);
        return em.createNamedQuery(SusImportpost.BY_FORBUND, SusImportpost.class)
                .setParameter("forbund", Atkomst.forbund(caller)).setMaxResults(100).getResultStream()
                .map(SusImport::historik).toList();
    }

    /**
     * The förbund's committed imports of a half-year by id, for the PM's provenance of table 6 (a
     * statistics record names the import that wrote it only by its id). The PM has checked who may read it.
     */
    public Map<Long, SusImportHistorik> historikForPm(@NotNull Caller caller, @NotNull Halvar halvar) {
        return em.createNamedQuery(SusImportpost.BY_FORBUND, SusImportpost.class)
                .setParameter("forbund", Atkomst.forbund(caller)).getResultStream()
                .filter(p -> p.period().equals(halvar))
                .collect(Collectors.toMap(SusImportpost::id, SusImport::historik));
    }

    /** An empty file in the column profile's layout, every group, for setting up SUS's export. */
    public byte[] mall(@NotNull Caller caller, boolean csv) {
        requireKansli(caller);
        SusMall.Inledning inledning = new SusMall.Inledning("Deltagarrapport", null, null, null);
        List<String> rubriker = new java.util.ArrayList<>(SusMall.rubriker(EnumSet.allOf(SusKolumnprofil.Grupp.class)));
        rubriker.add(SusKolumnprofil.FORKLARING);
        return csv ? SusMall.csv(inledning, rubriker, List.of()) : SusMall.xlsx(inledning, rubriker, List.of());
    }

    private SusImportjobb jobb(Caller caller, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw UppfoljningException.of(SusFel.SUS_IMPORT_FINNS_INTE);
        }
        return jobben.hitta(uuid, Atkomst.forbund(caller), Instant.now())
                .orElseThrow(() -> UppfoljningException.of(SusFel.SUS_IMPORT_FINNS_INTE));
    }

    private SusImportStatus status(SusImportjobb j) {
        var utdrag = j.utdrag();
        List<SusImportStatus.Andring> andringar = j.poster().stream().map(p -> new SusImportStatus.Andring(p.insatsId(),
                p.insats(), p.rad(), p.finns(), p.andras(), p.skillnader().stream()
                .map(s -> new SusImportStatus.Skillnad(s.falt(), s.fore(), s.efter())).toList(), p.forklarade())).toList();
        int andras = (int) andringar.stream().filter(SusImportStatus.Andring::andras).count();
        SusImportHistorik tidigare = em.createNamedQuery(SusImportpost.BY_FORBUND_AND_HASH, SusImportpost.class)
                .setParameter("forbund", j.forbund()).setParameter("hash", j.hash()).setMaxResults(1)
                .getResultStream().findFirst().map(SusImport::historik).orElse(null);
        return new SusImportStatus(j.id().toString(), j.status().name(), j.filnamn(), j.format(), j.forvantan().ar(),
                j.forvantan().halvar(), j.uttagsdatum(), utdrag == null ? SusKolumnprofil.VERSION : utdrag.profil(),
                utdrag == null ? List.of() : utdrag.grupper().stream().sorted().map(Enum::name).toList(),
                j.lastaRader(), j.uppskattadeRader(),
                j.problem().stream().map(p -> new SusImportStatus.Problem(p.kod(), p.meddelande(), p.rad(), p.kolumn())).toList(),
                andringar, utdrag == null ? List.of() : utdrag.ignorerade(), andras, andringar.size() - andras, tidigare,
                j.skapad());
    }

    static SusImportHistorik historik(SusImportpost p) {
        return new SusImportHistorik(p.id(), p.filnamn(), p.innehallshash(), p.format(), p.period().ar(), p.period().halvar(),
                p.uttagsdatum(), p.grupper(), p.insatser(), p.andrade(), p.inlastAv(), p.inlastTid());
    }

    private static String grupper(SusImportjobb j) {
        return j.utdrag().grupper().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String filnamn(String namn) {
        if (namn == null || namn.isBlank()) {
            return "sus-export";
        }
        String kort = namn.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        return kort.length() > 200 ? kort.substring(0, 200) : kort;
    }

    static String sha256(byte[] fil) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fil));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireKansli(Caller caller) {
        if (!caller.has(Roll.KANSLI)) {
            throw UppfoljningException.of(SusFel.SUS_IMPORT_BARA_KANSLI);
        }
        Atkomst.forbund(caller);
    }
}
