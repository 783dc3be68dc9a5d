package se.finsam.uppfoljning.partner;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of the register of förbund and partner agencies: every refusal this component throws, prefix {@code PAR-}.
 * Listed with meaning and HTTP status in docs/felkoder.md; a code is never reused, so a retired
 * one is listed there instead of being handed out again.
 */
public enum PartnerFel implements Felkod {

    BARA_SYSTEMADMIN("PAR-001", Kind.FORBIDDEN,
            "Bara systemadministratören kan registrera förbund och partner."),
    FORBUND_FINNS_INTE("PAR-002", Kind.NOT_FOUND,
            "Förbundet finns inte."),
    REDAN_PARTNER("PAR-003", Kind.CONFLICT,
            "Organisationen {0} är redan partner i förbundet."),
    FORBUND_FINNS_REDAN("PAR-004", Kind.CONFLICT,
            "Det finns redan ett förbund med koden {0}."),
    KANSLI_SAKNAS("PAR-005", Kind.CONFLICT,
            "Förbundet {0} har inget kansli att ge kontorets roller i.");

    private final Fel fel;

    PartnerFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
