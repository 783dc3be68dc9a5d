package se.finsam.uppfoljning.behorighet;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of partner and system administration: people, roles and organisations: every refusal this component throws, prefix {@code BEH-}.
 * Listed with meaning and HTTP status in docs/felkoder.md; a code is never reused, so a retired
 * one is listed there instead of being handed out again.
 */
public enum BehorighetFel implements Felkod {

    ROLL_EJ_TILLDELNINGSBAR("BEH-010", Kind.FORBIDDEN,
            "Partneradministratören kan inte ge eller ta bort rollen {0}. Kontakta förbundets kansli."),
    INTE_I_ORGANISATIONEN("BEH-011", Kind.FORBIDDEN,
            "Personen tillhör inte din organisation."),
    OKAND_ROLL("BEH-013", Kind.INVALID_INPUT,
            "Okänd roll {0}."),
    ORGANISATION_SAKNAS("BEH-014", Kind.FORBIDDEN,
            "Ditt konto saknar organisation."),
    BARA_PARTNERADMIN("BEH-018", Kind.FORBIDDEN,
            "Bara partneradministratören hanterar organisationens personer."),
    BARA_SYSTEMADMIN("BEH-019", Kind.FORBIDDEN,
            "Bara systemadministratören hanterar organisationer och alla roller."),
    INTE_PARTNER_I_FORBUNDET("BEH-020", Kind.INVALID_INPUT,
            "Organisationen {0} är inte partner i förbundet."),
    ANNAT_FORBUND("BEH-021", Kind.CONFLICT,
            "Personen arbetar för förbundet {0}. Ett konto hör till ett förbund; bjud in en ny person.");

    private final Fel fel;

    BehorighetFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
