package se.finsam.uppfoljning.insats.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.insats.boundary.Avslutsbeslut;
import se.finsam.uppfoljning.insats.boundary.Forlangningsbeslut;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.insats.boundary.InsatsView;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.insats.boundary.Insatsregistrering;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.plattform.control.Adressdel;

import java.util.List;

/**
 * One insats' page: what it is, its quarters, and for the office and the förbundschef its audit
 * trail (the insats' changes and its reports'), the same rows as {@code GET insatser/{id}/historik}.
 * The office records the board's extension and closes the insats here (the same boundary methods as
 * {@code POST insatser/{id}/forlangningar} and {@code …/avslut}); the version read comes back with the form.
 */
@Named
@RequestScoped
public class InsatsSida {

    @Inject
    CurrentCaller caller;

    @Inject
    Insatsregister register;

    @Inject
    Insatsregistrering registrering;

    private long id;
    /** The view parameter as the register takes it, decoded once by {@link #load()}. */
    private InsatsId insatsId;
    private InsatsView insats;
    private List<AuditView> historik;
    private long version;
    private String forlangSlut;
    private String forlangBeslutsdatum;
    private String forlangBeslutAv = "Styrelsen";
    private String avslutSlut;
    private String avslutBeslutsdatum;
    /** Which of the two forms the errors belong to: "forlangning" or "avslut". */
    private String formular;
    private String bekraftelse;
    private final Fel fel = new Fel();

    public void load() {
        insats = register.insats(caller.require(), insatsId());
        version = insats.version();
    }

    /** The view parameter as the register takes it, decoded once (400 {@code PLT-425} for one that is no id). */
    private InsatsId insatsId() {
        if (insatsId == null) {
            if (id == 0) {
                // a postback of the extension or closing form: this bean lives for one request and Faces
                // does not push the view parameter again, so the form's own hidden "id" field carries it
                String postad = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                        .getRequestParameterMap().get("id");
                insatsId = Adressdel.avkoda("id", () -> InsatsId.parse(postad));
            } else {
                insatsId = Adressdel.avkoda("id", () -> new InsatsId(id));
            }
        }
        return insatsId;
    }

    public void forlang() {
        formular = "forlangning";
        Datumfalt datum = new Datumfalt();
        try {
            insats = registrering.forlang(caller.require(), insatsId(),
                    new Forlangningsbeslut(version, datum.las("slut", forlangSlut), datum.las("beslutsdatum", forlangBeslutsdatum),
                            forlangBeslutAv));
            klar(Texter.text(InsatsSida.class, "insats.forlang.klar"));
        } catch (RuntimeException e) {
            fel.take(e);
            datum.visaI(fel);
        }
    }

    public void avsluta() {
        formular = "avslut";
        Datumfalt datum = new Datumfalt();
        try {
            insats = registrering.avsluta(caller.require(), insatsId(),
                    new Avslutsbeslut(version, datum.las("slut", avslutSlut), datum.las("beslutsdatum", avslutBeslutsdatum)));
            klar(Texter.text(InsatsSida.class, "insats.avslut.klar"));
        } catch (RuntimeException e) {
            fel.take(e);
            datum.visaI(fel);
        }
    }

    private void klar(String meddelande) {
        fel.clear();
        version = insats.version();
        historik = null;
        forlangSlut = null;
        forlangBeslutsdatum = null;
        avslutSlut = null;
        avslutBeslutsdatum = null;
        bekraftelse = meddelande;
    }

    /** Read only when the page shows it, which it does for the roles that may read it. */
    public List<AuditView> getHistorik() {
        if (historik == null) {
            historik = register.historik(caller.require(), insatsId());
        }
        return historik;
    }

    /** The field's error when it belongs to {@code form} ("forlangning" or "avslut"). */
    public String fel(String form, String falt) {
        return form.equals(formular) ? fel.getFalt().get(falt) : null;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public InsatsView getInsats() {
        if (insats == null) {
            insats = register.insats(caller.require(), insatsId());
        }
        return insats;
    }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getForlangSlut() { return forlangSlut; }
    public void setForlangSlut(String s) { this.forlangSlut = s; }
    public String getForlangBeslutsdatum() { return forlangBeslutsdatum; }
    public void setForlangBeslutsdatum(String s) { this.forlangBeslutsdatum = s; }
    public String getForlangBeslutAv() { return forlangBeslutAv; }
    public void setForlangBeslutAv(String s) { this.forlangBeslutAv = s; }
    public String getAvslutSlut() { return avslutSlut; }
    public void setAvslutSlut(String s) { this.avslutSlut = s; }
    public String getAvslutBeslutsdatum() { return avslutBeslutsdatum; }
    public void setAvslutBeslutsdatum(String s) { this.avslutBeslutsdatum = s; }
    public String getBekraftelse() { return bekraftelse; }
    public Fel getFel() { return fel; }
}
