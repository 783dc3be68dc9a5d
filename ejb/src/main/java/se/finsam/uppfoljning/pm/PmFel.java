package se.finsam.uppfoljning.pm;

import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of the half-year PM: every refusal this component throws, prefix {@code PM-}.
 * Listed with meaning and HTTP status in docs/felkoder.md; a code is never reused, so a retired
 * one is listed there instead of being handed out again.
 */
public enum PmFel implements Felkod {

    OGILTIGT_HALVAR("PM-001", Kind.INVALID_INPUT,
            "Halvåret är inte giltigt: {0}"),
    INGEN_PM_ROLL("PM-002", Kind.FORBIDDEN,
            "PM:et läses av kansliet, förbundschefen, styrelsen och rapportdesigners.");

    private final String code;
    private final Kind kind;
    private final String template;

    PmFel(String code, Kind kind, String template) {
        this.code = code;
        this.kind = kind;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String template() {
        return template;
    }
}
