package se.finsam.uppfoljning.budget.regelbrott;

import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.Tilldelning;

/** Deliberately broken (EntityRulesTest): budget makes the register's entities itself. Never run. */
public class KonstruerarInsats {

    Insats registrera() {
        Insats i = new Insats(null, "kod", null);
        i.assign(java.util.Set.of(new Tilldelning("anna", Tilldelning.RAPPORTOR)));
        return i;
    }
}
