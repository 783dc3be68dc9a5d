package se.finsam.uppfoljning.insats.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.insats.boundary.InsatsInput;
import se.finsam.uppfoljning.insats.boundary.InsatsView;
import se.finsam.uppfoljning.insats.boundary.Insatsregistrering;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Texter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "Registrera insats" and "Ändra insats" (the office): what the insats is, who owns it and co-operates
 * in it, when it runs, its goals, its steering group and its rapportörer. Saves through the same
 * boundary methods as {@code POST /api/insatser} and {@code PUT /api/insatser/{id}}; errors show beside
 * their fields.
 */
@Named
@ViewScoped
public class Insatsformular implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Insatsregistrering registrering;

    private Long id;
    private boolean laddad;
    private long version;
    private String namn;
    private String kortnamn;
    private String tidigareKortnamn;
    private Integer kortnamnFranAr;
    private Integer kortnamnFranHalvar;
    private String typ = InsatsTyp.INDIVIDINSATS.name();
    private String agare;
    private List<String> samverkansparter = new ArrayList<>();
    private String start;
    private String slut;
    private String malgrupp;
    private final List<MalRad> mal = new ArrayList<>();
    private final List<LedamotRad> styrgrupp = new ArrayList<>();
    private String rapportorer;
    private List<Insatsregistrering.Partnerval> parter;
    private final Fel fel = new Fel();

    public void load() {
        if (laddad) {
            return;
        }
        laddad = true;
        parter = registrering.parter(caller.require());
        if (id == null) {
            mal.add(new MalRad(null, null, null));
            return;
        }
        InsatsView i = registrering.forRedigering(caller.require(), new InsatsId(id));
        version = i.version();
        namn = i.namn();
        kortnamn = i.kortnamn();
        tidigareKortnamn = i.kortnamn();
        typ = i.typ();
        agare = i.agare();
        samverkansparter = new ArrayList<>(i.samverkansparter());
        start = Datumfalt.text(i.start());
        slut = Datumfalt.text(i.ursprungligtSlut());
        malgrupp = i.malgrupp();
        i.mal().forEach(m -> mal.add(new MalRad(m.nummer(), m.beskrivning(), m.malvarde())));
        i.styrgrupp().forEach(l -> styrgrupp.add(new LedamotRad(l.namn(), l.organisation())));
        rapportorer = String.join("\n", i.rapportorer());
    }

    public void laggTillMal() {
        mal.add(new MalRad(null, null, null));
    }

    public void laggTillLedamot() {
        styrgrupp.add(new LedamotRad(null, null));
    }

    public String spara() {
        Datumfalt datum = new Datumfalt();
        InsatsInput in = new InsatsInput(version, namn, kortnamn, kortnamnFran(), typ == null || typ.isBlank() ? null : InsatsTyp.valueOf(typ),
                agare, samverkansparter, datum.las("start", start), datum.las("slut", slut), malgrupp,
                mal.stream().filter(m -> m.nummer != null || !m.tomt()).map(m -> new InsatsInput.Mal(m.nummer, m.beskrivning, m.malvarde)).toList(),
                styrgrupp.stream().filter(l -> !l.tom()).map(l -> new InsatsInput.Ledamot(l.namn, l.organisation)).toList(),
                rapportorer == null ? List.of() : Arrays.stream(rapportorer.split("[\\s,]+")).filter(r -> !r.isBlank()).toList());
        try {
            InsatsView sparad = id == null ? registrering.registrera(caller.require(), in)
                    : registrering.andra(caller.require(), new InsatsId(id), in);
            return "insats.xhtml?faces-redirect=true&id=" + sparad.id();
        } catch (RuntimeException e) {
            fel.take(e);
            datum.visaI(fel);
            return null;
        }
    }

    /** The half-year a new short name is in force from, when the office chose one. */
    private Halvar kortnamnFran() {
        if (kortnamnFranAr == null || kortnamnFranHalvar == null) {
            return null;
        }
        try {
            return new Halvar(kortnamnFranAr, kortnamnFranHalvar);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first message of the fields whose names start with {@code prefix} ("rapportorer", "samverkansparter"). */
    public String felFor(String prefix) {
        return fel.getFalt().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(java.util.Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** A label that tells the form's rows apart: "Mål 2: beskrivning", "Ledamot 1: namn". */
    public String text(String key, int nummer) {
        return Texter.text(Insatsformular.class, key, nummer);
    }

    public List<InsatsTyp> getTyper() {
        return List.of(InsatsTyp.values());
    }

    /** One goal row: a number once saved, what it is, and its target figure. */
    public static class MalRad implements Serializable {
        private final Integer nummer;
        private String beskrivning;
        private String malvarde;

        MalRad(Integer nummer, String beskrivning, String malvarde) {
            this.nummer = nummer;
            this.beskrivning = beskrivning;
            this.malvarde = malvarde;
        }

        boolean tomt() {
            return (beskrivning == null || beskrivning.isBlank()) && (malvarde == null || malvarde.isBlank());
        }

        public Integer getNummer() { return nummer; }
        public String getBeskrivning() { return beskrivning; }
        public void setBeskrivning(String beskrivning) { this.beskrivning = beskrivning; }
        public String getMalvarde() { return malvarde; }
        public void setMalvarde(String malvarde) { this.malvarde = malvarde; }
    }

    /** One member of the steering group and the partner they represent. */
    public static class LedamotRad implements Serializable {
        private String namn;
        private String organisation;

        LedamotRad(String namn, String organisation) {
            this.namn = namn;
            this.organisation = organisation;
        }

        boolean tom() {
            return (namn == null || namn.isBlank()) && (organisation == null || organisation.isBlank());
        }

        public String getNamn() { return namn; }
        public void setNamn(String namn) { this.namn = namn; }
        public String getOrganisation() { return organisation; }
        public void setOrganisation(String organisation) { this.organisation = organisation; }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isNy() { return id == null; }
    public long getVersion() { return version; }
    public String getNamn() { return namn; }
    public void setNamn(String namn) { this.namn = namn; }
    public String getKortnamn() { return kortnamn; }
    public void setKortnamn(String kortnamn) { this.kortnamn = kortnamn; }
    public String getTidigareKortnamn() { return tidigareKortnamn; }
    public Integer getKortnamnFranAr() { return kortnamnFranAr; }
    public void setKortnamnFranAr(Integer ar) { this.kortnamnFranAr = ar; }
    public Integer getKortnamnFranHalvar() { return kortnamnFranHalvar; }
    public void setKortnamnFranHalvar(Integer halvar) { this.kortnamnFranHalvar = halvar; }
    public String getTyp() { return typ; }
    public void setTyp(String typ) { this.typ = typ; }
    public String getAgare() { return agare; }
    public void setAgare(String agare) { this.agare = agare; }
    public List<String> getSamverkansparter() { return samverkansparter; }
    public void setSamverkansparter(List<String> parter) { this.samverkansparter = parter == null ? new ArrayList<>() : new ArrayList<>(parter); }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getSlut() { return slut; }
    public void setSlut(String slut) { this.slut = slut; }
    public String getMalgrupp() { return malgrupp; }
    public void setMalgrupp(String malgrupp) { this.malgrupp = malgrupp; }
    public List<MalRad> getMal() { return mal; }
    public List<LedamotRad> getStyrgrupp() { return styrgrupp; }
    public String getRapportorer() { return rapportorer; }
    public void setRapportorer(String rapportorer) { this.rapportorer = rapportorer; }
    public List<Insatsregistrering.Partnerval> getParter() { return parter; }
    public Fel getFel() { return fel; }
    public String getBekraftelse() { return null; }
}
