package se.finsam.uppfoljning.behorighet.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.behorighet.boundary.Partneradministration;
import se.finsam.uppfoljning.behorighet.boundary.PersonView;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Fel;
import se.finsam.uppfoljning.plattform.web.Texter;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.insats.InsatsFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.io.Serializable;
import java.util.List;

/** The partner admin's page: the people of their organisation, their roles and insats assignments. */
@Named
@ViewScoped
public class PartneradminSida implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Partneradministration administration;

    private List<PersonView> personer;
    private List<Partneradministration.InsatsVal> insatser;
    private final Atgard atgard = new Atgard();
    private String person;
    private String roll;
    private String rapportor;
    private Long insats;
    private final Inbjudningsformular inbjudan = new Inbjudningsformular();

    public void load() {
        personer = administration.personer(caller.require());
        insatser = administration.insatser(caller.require());
    }

    public void geRoll() {
        act(() -> administration.bevilja(caller.require(), person, roll), Texter.text(PartneradminSida.class, "roller.given"));
    }

    public void taBortRoll() {
        act(() -> administration.aterkalla(caller.require(), person, roll), Texter.text(PartneradminSida.class, "roller.borttagen"));
    }

    public void bjudIn() {
        act(() -> {
            Partneradministration.Inbjuden inbjuden = administration.bjudIn(caller.require(),
                    new Partneradministration.Inbjudan(inbjudan.getEmail(), inbjudan.getFornamn(), inbjudan.getEfternamn()));
            inbjudan.clear();
            return inbjuden;
        }, Texter.text(PartneradminSida.class, "inbjudan.klar"));
    }

    public void tilldela() {
        act(() -> {
            if (insats == null) {
                // no insats chosen: refused as an insats that does not exist, as before the id was a type
                throw UppfoljningException.of(InsatsFel.FINNS_INTE);
            }
            administration.tilldelaInsats(caller.require(), rapportor, new InsatsId(insats));
            return null;
        }, Texter.text(PartneradminSida.class, "partneradmin.tilldela.klar"));
    }

    private void act(java.util.function.Supplier<?> action, String done) {
        atgard.run(action, done, this::load);
    }

    public List<String[]> getRollval() {
        return Rolltexter.val(Partneradministration.GRANTABLE);
    }

    public String rolltext(String claim) {
        return Rolltexter.text(claim);
    }

    public List<PersonView> getPersoner() { return personer; }
    public Inbjudningsformular getInbjudan() { return inbjudan; }
    public List<Partneradministration.InsatsVal> getInsatser() { return insatser; }
    public Fel getFel() { return atgard.getFel(); }
    public String getBekraftelse() { return atgard.getBekraftelse(); }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getRoll() { return roll; }
    public void setRoll(String roll) { this.roll = roll; }
    public String getRapportor() { return rapportor; }
    public void setRapportor(String rapportor) { this.rapportor = rapportor; }
    public Long getInsats() { return insats; }
    public void setInsats(Long insats) { this.insats = insats; }
}
