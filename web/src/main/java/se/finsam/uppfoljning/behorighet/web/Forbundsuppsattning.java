package se.finsam.uppfoljning.behorighet.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.behorighet.boundary.Systemadministration;
import se.finsam.uppfoljning.partner.boundary.ForbundView;
import se.finsam.uppfoljning.partner.boundary.PartnerView;
import se.finsam.uppfoljning.partner.entity.PartnerTyp;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.web.Texter;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One förbund being set up (system-forbund.xhtml?forbund=kod): its partner organisations, a new one,
 * and invitations of new people into any of them.
 */
@Named
@ViewScoped
public class Forbundsuppsattning implements Serializable {

    @Inject
    CurrentCaller caller;

    @Inject
    Systemadministration administration;

    private final Atgard atgard = new Atgard();
    private String kod;
    private ForbundView forbund;
    private List<PartnerView> organisationer;
    private String alias;
    private String namn;
    private PartnerTyp typ = PartnerTyp.KOMMUN;
    private String doman;
    private String organisation;
    private final Inbjudningsformular inbjudan = new Inbjudningsformular();

    /** An address whose förbund code cannot be one answers 400 (PLT-425), as the API's address does; an unknown one 404. */
    public void load() {
        if (!ForbundKod.giltig(kod)) {
            throw UppfoljningException.of(PlattformFel.OGILTIG_ADRESSDEL, "forbund");
        }
        forbund = administration.forbund(caller.require(), forbundKod());
        organisationer = administration.organisationer(caller.require(), forbundKod());
    }

    private void reload() {
        organisationer = administration.organisationer(caller.require(), forbundKod());
        forbund = administration.forbund(caller.require(), forbundKod());
    }

    public void skapaOrganisation() {
        if (atgard.run(() -> administration.skapaOrganisation(caller.require(), forbundKod(),
                new Systemadministration.NyOrganisation(alias, namn, typ, doman)), Texter.text(Forbundsuppsattning.class, "forbund.skapa.klar", namn), this::reload)) {
            alias = null;
            namn = null;
            doman = null;
        }
    }

    public void bjudIn() {
        if (atgard.run(() -> administration.bjudIn(caller.require(), forbundKod(),
                        new Systemadministration.Inbjudan(organisation, inbjudan.getEmail(), inbjudan.getFornamn(),
                                inbjudan.getEfternamn())),
                Texter.text(Forbundsuppsattning.class, "inbjudan.klar"), this::reload)) {
            inbjudan.clear();
        }
    }

    private ForbundKod forbundKod() {
        return new ForbundKod(kod);
    }

    /** The kinds of partner a system administrator creates here; the office came with the förbund. */
    public List<PartnerTyp> getTyper() {
        return Arrays.stream(PartnerTyp.values()).filter(t -> t != PartnerTyp.KANSLI).toList();
    }

    public Atgard getAtgard() { return atgard; }
    public String getKod() { return kod; }
    public void setKod(String kod) { this.kod = kod; }
    public ForbundView getForbund() { return forbund; }
    public List<PartnerView> getOrganisationer() { return organisationer; }
    public String getAlias() { return alias; }
    public void setAlias(String alias) { this.alias = alias; }
    public String getNamn() { return namn; }
    public void setNamn(String namn) { this.namn = namn; }
    public PartnerTyp getTyp() { return typ; }
    public void setTyp(PartnerTyp typ) { this.typ = typ; }
    public String getDoman() { return doman; }
    public void setDoman(String doman) { this.doman = doman; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public Inbjudningsformular getInbjudan() { return inbjudan; }
}
