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
            "Bara kansliet och förbundschefen ser ändringshistoriken."),
    BARA_KANSLIET_REGISTRERAR("INS-005", Kind.FORBIDDEN,
            "Bara kansliet registrerar och ändrar insatser."),
    UPPGIFT_SAKNAS("INS-006", Kind.INVALID_INPUT,
            "Uppgiften måste anges."),
    SLUT_FORE_START("INS-007", Kind.INVALID_INPUT,
            "Slutdatum ligger före startdatum."),
    DATUM_UTANFOR_PERIOD("INS-008", Kind.INVALID_INPUT,
            "Datumet ligger utanför åren 2000–2100."),
    MAL_UTAN_TEXT("INS-009", Kind.INVALID_INPUT,
            "Ett mål måste ha en beskrivning."),
    FLERA_FEL("INS-010", Kind.INVALID_INPUT,
            "Uppgifterna om insatsen har flera fel; se fälten."),
    INTE_PARTNER("INS-011", Kind.CONFLICT,
            "{0} är inte en partner i förbundet."),
    INAKTUELL_VERSION("INS-012", Kind.CONFLICT,
            "Insatsen har ändrats sedan du läste den. Läs in den igen."),
    FORLANGNING_INTE_SENARE("INS-013", Kind.CONFLICT,
            "Det nya slutdatumet måste ligga efter det som gäller ({0})."),
    REDAN_AVSLUTAD("INS-014", Kind.CONFLICT,
            "Insatsen är redan avslutad."),
    PAGAR_AN("INS-015", Kind.CONFLICT,
            "Insatsen pågår till {0}. Ange ett beslutat tidigare slutdatum för att avsluta den nu."),
    AVSLUT_EFTER_SLUT("INS-016", Kind.CONFLICT,
            "Ett avslut kan inte ligga efter slutdatumet som gäller ({0}); förläng insatsen i stället."),
    FOR_LANG_TEXT("INS-017", Kind.INVALID_INPUT,
            "Texten är för lång.");

    private final Fel fel;

    InsatsFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
