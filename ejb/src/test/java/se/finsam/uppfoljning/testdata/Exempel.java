package se.finsam.uppfoljning.testdata;

import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.partner.entity.Partner;
import se.finsam.uppfoljning.partner.entity.PartnerTyp;

import java.time.LocalDate;
import java.util.Set;

/** Objects of the 2022 PMs for unit tests, built without a database. */
public final class Exempel {

    private Exempel() {
    }

    /** "Håbo, Framsteget 2.0" as in table 1 of the first 2022 PM, with one goal. */
    public static Insats framsteget() {
        Forbund f = new Forbund("uppsala-lan", "Samordningsförbundet Uppsala län");
        Insats i = new Insats(f, "habo-framsteget", new Partner(f, "habo", "Håbo kommun", PartnerTyp.KOMMUN));
        i.describe("Håbo, Framsteget 2.0", InsatsTyp.INDIVIDINSATS,
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, 2);
        i.rename("Håbo, Framsteget 2.0", LocalDate.of(2022, 1, 1));
        i.cooperateWith(Set.of(new Partner(f, "arbetsformedlingen", "Arbetsförmedlingen", PartnerTyp.ARBETSFORMEDLINGEN)));
        i.defineGoal(1, "Insatsens mål enligt ansökan", null);
        return i;
    }
}
