package se.finsam.uppfoljning.insats;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of the register of insatser and who may see and report on them: every refusal this component throws, prefix {@code INS-}.
 * Listed with meaning and HTTP status in docs/felkoder.md; a code is never reused, so a retired
 * one is listed there instead of being handed out again.
 */
public enum InsatsFel implements Felkod {

    FINNS_INTE("INS-001", Kind.NOT_FOUND,
            "Insatsen finns inte."),
    INGEN_INSATSROLL("INS-002", Kind.FORBIDDEN,
            "Du har inte behörighet till insatserna."),
    BARA_KANSLIET_GRANSKAR("INS-003", Kind.FORBIDDEN,
            "Bara kansliet kan granska och godkänna rapporter."),
    HISTORIK_BARA_FOR_KANSLI("INS-004", Kind.FORBIDDEN,
            "Bara kansliet och förbundschefen ser ändringshistoriken.");

    private final Fel fel;

    InsatsFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
