package se.finsam.uppfoljning.behorighet.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.behorighet.boundary.Systemadministration;
import se.finsam.uppfoljning.partner.boundary.ForbundView;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

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

    public void geRoll() {
        change(true, "Rollen är given.");
    }

    public void taBort() {
        change(false, "Rollen är borttagen.");
    }

    private void change(boolean bevilja, String done) {
        if (!ForbundKod.giltig(forbund)) {
            atgard.getFel().set("Välj ett förbund.", "forbund", "Skapa ett förbund först.");
            return;
        }
        atgard.run(() -> administration.rollIForbund(caller.require(), new ForbundKod(forbund),
                person == null ? "" : person, roll, bevilja), done, this::load);
    }

    public List<String[]> getRollval() {
        return Arrays.stream(Roll.values()).map(r -> new String[]{r.claimValue(), r.label()}).toList();
    }

    public String rolltext(String claim) {
        return Roll.fromClaim(claim).map(Roll::label).orElse(claim);
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
