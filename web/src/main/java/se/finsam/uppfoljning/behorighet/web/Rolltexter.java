package se.finsam.uppfoljning.behorighet.web;

import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.web.Texter;

import java.util.Collection;
import java.util.List;

/** The roles as the administration pages name them, in the page's language (keys {@code roll.<claim>}). */
final class Rolltexter {

    private Rolltexter() {
    }

    /** A role claim in words ("Rapportör"); a claim that names no role of the application as it is. */
    static String text(String claim) {
        return Roll.fromClaim(claim).map(r -> Texter.text(Rolltexter.class, "roll." + r.claimValue())).orElse(claim);
    }

    /** The choices of a role selector: claim and words. */
    static List<String[]> val(Collection<Roll> roller) {
        return roller.stream().map(r -> new String[]{r.claimValue(), text(r.claimValue())}).toList();
    }
}
