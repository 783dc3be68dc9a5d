package se.finsam.uppfoljning.insats.boundary;

import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.time.LocalDate;

/**
 * An insats as the PM reads it for one half-year: its kind, the owner's name, the short name it
 * prints under (in force at the half-year's end, told apart from a namesake), and the end in force at
 * the half-year's last day with whether an extension was granted in it.
 */
public record InsatsUnderlag(InsatsId id, String kod, String namn, String kortnamn, Insatsslag slag, String agarnamn,
                             LocalDate start, LocalDate slut, boolean forlangd) {

    static InsatsUnderlag of(Insats i, Halvar h, String kortnamn) {
        return new InsatsUnderlag(new InsatsId(i.id()), i.kod(), i.namn(), kortnamn, Insatsslag.of(i.typ()), i.agare().namn(),
                i.start(), i.slutPer(h.sistaDag()), i.forlangdUnder(h.forstaDag(), h.sistaDag()));
    }
}
