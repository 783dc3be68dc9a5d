package se.finsam.uppfoljning.sus.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.deltagare.boundary.Deltagarinlasning;
import se.finsam.uppfoljning.deltagare.boundary.Deltagarstatistiken;
import se.finsam.uppfoljning.deltagare.boundary.Forhandsgranskning;
import se.finsam.uppfoljning.deltagare.boundary.Inlasningspost;
import se.finsam.uppfoljning.deltagare.control.Regelbrott;
import se.finsam.uppfoljning.sus.control.SusAvkodning;
import se.finsam.uppfoljning.sus.control.SusImportjobb;
import se.finsam.uppfoljning.sus.control.SusImportjobben;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil;
import se.finsam.uppfoljning.sus.control.SusPoster;
import se.finsam.uppfoljning.sus.control.SusProblem;
import se.finsam.uppfoljning.sus.control.SusUtdrag;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Deltagarstatistik;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and checks an uploaded SUS file in the background, so the page can show progress: the
 * whole file is decoded first (every problem with its row and column; any problem refuses the whole
 * file), then each insats' figures are merged with what is recorded and run through the
 * consistency rules ({@link Deltagarstatistiken#forhandsgranska}); a rule that refuses a save is a
 * problem of its row too. Nothing is written here.
 */
@Stateless
public class SusGranskning {

    private static final Logger LOG = Logger.getLogger(SusGranskning.class.getName());

    @Inject
    Deltagarstatistiken deltagarstatistiken;

    @Inject
    InsatsLookup lookup;

    @Inject
    Deltagarinlasning inlasning;

    @Inject
    SusImportjobben jobben;

    @Asynchronous
    public void granskaIBakgrunden(Caller caller, SusImportjobb jobb, byte[] fil) {
        granska(caller, jobb, fil);
    }

    public void granska(Caller caller, SusImportjobb jobb, byte[] fil) {
        try {
            Map<String, Long> insatser = new HashMap<>();
            Map<Long, String> namn = new HashMap<>();
            for (Deltagarstatistiken.InsatsRef i : deltagarstatistiken.individinsatser(caller)) {
                insatser.putIfAbsent(SusKolumnprofil.normalisera(i.kod()), i.id());
                insatser.putIfAbsent(SusKolumnprofil.normalisera(i.namn()), i.id());
                namn.put(i.id(), i.namn());
            }
            SusAvkodning.Resultat r = SusAvkodning.avkoda(fil, jobb.forvantan(),
                    text -> Optional.ofNullable(insatser.get(SusKolumnprofil.normalisera(text))).map(String::valueOf),
                    jobb::last, jobb::uppskatta);
            String format = r.format() == null ? "" : r.format().name();
            if (r.utdrag().isEmpty()) {
                jobb.avvisa(r.problem(), format);
                return;
            }
            forhandsgranska(caller, jobb, r.utdrag().get(), format, namn);
        } catch (UppfoljningException e) {
            jobb.avvisa(List.of(new SusProblem(e.code(), e.getMessage(), 0, "")), "");
        } catch (RuntimeException e) {
            String incident = Long.toString(System.nanoTime(), 36);
            LOG.log(Level.SEVERE, "SUS-import: oväntat fel, incident " + incident, e);
            jobb.avvisa(List.of(new SusProblem("PLT-500",
                    "Ett oväntat fel inträffade. Ange felkod " + incident + " om du kontaktar supporten.", 0, "")), "");
        } finally {
            jobben.granskad(jobb);
        }
    }

    private void forhandsgranska(Caller caller, SusImportjobb jobb, SusUtdrag utdrag, String format, Map<Long, String> namn) {
        Halvar period = new Halvar(jobb.forvantan().ar(), jobb.forvantan().halvar());
        List<SusProblem> problem = new ArrayList<>();
        List<Inlasningspost> poster = new ArrayList<>();
        List<SusUtdrag.Rad> rader = new ArrayList<>();
        List<Optional<Deltagarinlasning.Inspelat>> befintliga = new ArrayList<>();
        // what the förbund has recorded for the period, in one query rather than one per row
        Map<Long, Deltagarinlasning.Inspelat> inspelade = inlasning.inspelade(caller, period);
        // the versions of what the check reads, read before it: the commit skips the check while they stay
        Map<Long, Long> foregaende = inlasning.versioner(caller, period.foregaende());
        Map<Long, Long> insatsversioner = new HashMap<>();
        for (SusUtdrag.Rad rad : utdrag.rader()) {
            Insats insats = lookup.findForReading(caller, Long.parseLong(rad.insatsKod()), Atkomst::canReadReports);
            if (!insats.runsDuring(period.statistikStart(), period.sistaDag())) {
                problem.add(SusProblem.of(DeltagareFel.PERIOD_UTANFOR_INSATS, rad.rad(), SusKolumnprofil.INSATS, period));
                continue;
            }
            insatsversioner.put(insats.id(), insats.version());
            Optional<Deltagarinlasning.Inspelat> befintlig = Optional.ofNullable(inspelade.get(insats.id()));
            Deltagarsiffror siffror = SusPoster.siffror(utdrag, rad, befintlig.map(Deltagarinlasning.Inspelat::siffror));
            Map<String, String> forklaringar = SusPoster.forklaringar(rad, befintlig.map(Deltagarinlasning.Inspelat::forklaringar).orElse(Map.of()));
            poster.add(new Inlasningspost(insats.id(), period.ar(), period.halvar(), siffror, forklaringar));
            rader.add(rad);
            befintliga.add(befintlig);
        }
        if (!problem.isEmpty()) {
            jobb.avvisa(problem, format);
            return;
        }
        List<Forhandsgranskning> granskning = deltagarstatistiken.forhandsgranska(caller, poster);
        List<SusImportjobb.Post> klara = new ArrayList<>();
        for (int i = 0; i < granskning.size(); i++) {
            Forhandsgranskning g = granskning.get(i);
            SusUtdrag.Rad rad = rader.get(i);
            for (Regelbrott b : g.hindrar()) {
                problem.add(new SusProblem(b.kod(), b.meddelande(), rad.rad(), kolumn(b.falt())));
            }
            Inlasningspost p = poster.get(i);
            List<String> forklarade = g.brott().stream().filter(b -> !g.hindrar().contains(b))
                    .map(b -> b.kod() + " " + b.meddelande()).toList();
            Optional<Deltagarinlasning.Inspelat> befintlig = befintliga.get(i);
            klara.add(new SusImportjobb.Post(p.insatsId(), namn.getOrDefault(p.insatsId(), g.insats()), rad.rad(), g.finns(),
                    g.andras(), befintlig.map(Deltagarinlasning.Inspelat::version).orElse(0L),
                    foregaende.getOrDefault(p.insatsId(), 0L), insatsversioner.get(p.insatsId()),
                    SusPoster.skillnader(befintlig.map(Deltagarinlasning.Inspelat::siffror), p.siffror()), forklarade,
                    p.siffror(), g.forklaringar()));
        }
        if (!problem.isEmpty()) {
            jobb.avvisa(problem, format);
            return;
        }
        jobb.klar(utdrag, klara, format);
    }

    /** A rule's field ({@code pagaendeSlut.k}) as the file's column heading ("Pågående vid slut K"). */
    static String kolumn(String falt) {
        int punkt = falt.lastIndexOf('.');
        if (punkt > 0) {
            String matt = falt.substring(0, punkt);
            String del = falt.substring(punkt + 1).toUpperCase(java.util.Locale.ROOT);
            for (SusKolumnprofil.Matt m : SusKolumnprofil.MATT) {
                if (m.nyckel().equals(matt)) {
                    return m.stam() + " " + (del.equals("K") || del.equals("M") ? del : "S:a");
                }
            }
        }
        return falt;
    }
}
