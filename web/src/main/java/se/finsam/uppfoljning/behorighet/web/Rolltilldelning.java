package se.finsam.uppfoljning.behorighet.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.behorighet.boundary.Systemadministration;
import se.finsam.uppfoljning.partner.boundary.ForbundView;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Texter;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The system administrator finds a person and grants or revokes any role in a förbund
 * (system-personer.xhtml): a grant also gives the person the förbund, and the office's roles the
 * office's organisation (see {@link Systemadministration#rollIForbund}).
 */
@Named
@ViewScoped
public class Rolltilldelning implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Systemadministration administration;

    private final Atgard atgard = new Atgard();
    private List<ForbundView> forbundlista;
    private List<Systemadministration.Konto> traffar = List.of();
    private String sok;
    private String person;
    private String forbund;
    private String roll = Roll.KANSLI.claimValue();

    public void load() {
        forbundlista = administration.forbund(caller.require());
        if (forbund == null && !forbundlista.isEmpty()) {
            forbund = forbundlista.get(0).kod();
        }
        if (sok != null && !sok.isBlank()) {
            traffar = administration.sok(caller.require(), sok);
        }
    }

    public void sokPersoner() {
        traffar = administration.sok(caller.require(), sok == null ? "" : sok);
        person = traffar.isEmpty() ? null : traffar.get(0).id();
    }

    /** Not ge(): "ge" is an EL operator (greater or equal), so #{s.ge} does not parse and the page could not render. */
    public void geRoll() {
        change(true, Texter.text(Rolltilldelning.class, "roller.given"));
    }

    public void taBort() {
        change(false, Texter.text(Rolltilldelning.class, "roller.borttagen"));
    }

    private void change(boolean bevilja, String done) {
        if (!ForbundKod.giltig(forbund)) {
            atgard.getFel().set(Texter.text(Rolltilldelning.class, "personer.valjForbund"), "forbund",
                    Texter.text(Rolltilldelning.class, "personer.skapaForbundForst"));
            return;
        }
        atgard.run(() -> administration.rollIForbund(caller.require(), new ForbundKod(forbund),
                person == null ? "" : person, roll, bevilja), done, this::load);
    }

    public List<String[]> getRollval() {
        return Rolltexter.val(Arrays.asList(Roll.values()));
    }

    public String rolltext(String claim) {
        return Rolltexter.text(claim);
    }

    public Atgard getAtgard() { return atgard; }
    public List<ForbundView> getForbundlista() { return forbundlista; }
    public List<Systemadministration.Konto> getTraffar() { return traffar; }
    public String getSok() { return sok; }
    public void setSok(String sok) { this.sok = sok; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getForbund() { return forbund; }
    public void setForbund(String forbund) { this.forbund = forbund; }
    public String getRoll() { return roll; }
    public void setRoll(String roll) { this.roll = roll; }
}
