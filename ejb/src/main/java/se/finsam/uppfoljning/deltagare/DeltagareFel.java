package se.finsam.uppfoljning.deltagare;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of participant statistics, prefix {@code DEL-}. DEL-001..009 are refusals of
 * an operation, DEL-010..099 the consistency rules ({@code control.Konsistensregler}): a rule's code
 * is both the code of a violation in a list and, when a save is refused for it, the code of the 409.
 * DEL-100..199 went with the SUS import into its component ({@code sus.SusFel}), numbers unchanged; none
 * is handed out here again. Listed in docs/felkoder.md; a code is never reused.
 */
public enum DeltagareFel implements Felkod {

    STATISTIK_ANDRAD("DEL-001", Kind.CONFLICT,
            "Statistiken har ändrats av någon annan sedan du läste den. Läs in den igen."),
    OGILTIGA_UPPGIFTER("DEL-002", Kind.INVALID_INPUT,
            "Uppgifterna är inte giltiga. Inget har sparats."),
    INGEN_STATISTIKROLL("DEL-003", Kind.FORBIDDEN,
            "Du har inte behörighet till deltagarstatistiken."),
    INTE_INDIVIDINSATS("DEL-004", Kind.CONFLICT,
            "Deltagarstatistik förs bara för individinsatser."),
    REGLER_BRUTNA("DEL-005", Kind.CONFLICT,
            "Siffrorna bryter mot {0} kontrollregler. Rätta dem eller förklara avvikelserna där det är tillåtet. Inget har sparats."),
    PERIOD_UTANFOR_INSATS("DEL-006", Kind.CONFLICT,
            "Perioden {0} ligger utanför insatsens period."),

    SUMMA_STAMMER_INTE("DEL-010", Kind.CONFLICT,
            "{0}: kvinnor + män ({1}) är inte lika med angiven summa ({2})."),
    FLER_AVSLUTADE_AN_MOJLIGT("DEL-011", Kind.CONFLICT,
            "Fler {0} avslutade ({1}) än pågående vid periodens start och inregistrerade tillsammans ({2})."),
    PAGAENDE_STAMMER_INTE("DEL-012", Kind.CONFLICT,
            "Pågående {0} vid periodens slut ({1}) är inte pågående vid start + inregistrerade − avslutade ({2}). Rätta eller förklara."),
    START_SKILJER_SIG("DEL-013", Kind.CONFLICT,
            "Pågående {0} vid periodens start ({1}) skiljer sig från {2} ({3}). Rätta eller förklara."),
    ARBETE_STUDIER_FLER_AN_AVSLUTADE("DEL-014", Kind.CONFLICT,
            "Fler {0} till arbete och/eller studier ({1}) än avslutade ({2})."),
    ANLEDNINGAR_SUMMERAR_INTE("DEL-015", Kind.CONFLICT,
            "Avslutningsanledningarna för {0} summerar till {1}, men {2} har avslutats. Rätta eller förklara."),
    ARBETE_UPPDELNINGAR_OLIKA("DEL-016", Kind.CONFLICT,
            "Arbete efter slag ({1}) och efter omfattning ({2}) ger olika summor för {0}."),
    ARBETE_SUMMA_STAMMER_INTE("DEL-017", Kind.CONFLICT,
            "Angiven S:a Arbete ({1}) stämmer inte med arbete efter {0} ({2})."),
    HELA_PERIODEN_FARRE("DEL-018", Kind.CONFLICT,
            "Färre {0} avslutade under hela insatsperioden ({1}) än under perioden ({2})."),
    MALGRUPP_SUMMERAR_INTE("DEL-019", Kind.CONFLICT,
            "Målgruppen efter {0} summerar till {1} {2}, men målgruppen har {3}.");

    private final Fel fel;

    DeltagareFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
