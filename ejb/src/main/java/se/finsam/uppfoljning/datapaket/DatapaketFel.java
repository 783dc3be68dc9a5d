package se.finsam.uppfoljning.datapaket;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of import and export of half-year data packages: every refusal this component throws, prefix {@code DPK-}.
 * Listed with meaning and HTTP status in docs/felkoder.md; a code is never reused, so a retired
 * one is listed there instead of being handed out again.
 */
public enum DatapaketFel implements Felkod {

    PAKETET_HAR_FEL("DPK-001", Kind.INVALID_INPUT,
            "Paketet innehåller fel och har inte lästs in. Inget har ändrats."),
    ANNAT_FORBUND("DPK-002", Kind.INVALID_INPUT,
            "Paketet gäller ett annat förbund än ditt."),
    EXPORT_BARA_FOR_KANSLI("DPK-004", Kind.FORBIDDEN,
            "Export av datapaket är till för kansliet och förbundschefen.");

    private final Fel fel;

    DatapaketFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
