package se.finsam.uppfoljning.insats.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.plattform.boundary.AuditView;
import se.finsam.uppfoljning.insats.boundary.InsatsView;
import se.finsam.uppfoljning.insats.boundary.Insatsregister;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.control.Adressdel;

import java.util.List;

/**
 * One insats' page: what it is, its quarters, and for the office and the förbundschef its audit
 * trail (the insats' changes and its reports'), the same rows as {@code GET insatser/{id}/historik}.
 */
@Named
@RequestScoped
public class InsatsSida {

    @Inject
    CurrentCaller caller;

    @Inject
    Insatsregister register;

    private long id;
    /** The view parameter as the register takes it, decoded once by {@link #load()}. */
    private InsatsId insatsId;
    private InsatsView insats;
    private List<AuditView> historik;

    public void load() {
        insatsId = Adressdel.avkoda("id", () -> new InsatsId(id));
        insats = register.insats(caller.require(), insatsId);
    }

    /** Read only when the page shows it, which it does for the roles that may read it. */
    public List<AuditView> getHistorik() {
        if (historik == null) {
            historik = register.historik(caller.require(), insatsId);
        }
        return historik;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public InsatsView getInsats() { return insats; }
}
