package se.finsam.uppfoljning.deltagare;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of participant statistics, prefix {@code DEL-}. DEL-001..009 are refusals of
 * an operation, DEL-010..099 the consistency rules ({@code control.Konsistensregler}): a rule's code
 * is both the code of a violation in a list and, when a save is refused for it, the code of the 409.
 * DEL-100..199 belong to the SUS import. Listed in docs/felkoder.md; a code is never reused.
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
            "Målgruppen efter {0} summerar till {1} {2}, men målgruppen har {3}."),

    // SUS import: the file as a whole
    SUS_FILEN_HAR_FEL("DEL-100", Kind.INVALID_INPUT,
            "SUS-filen innehåller {0} fel och har inte lästs in. Inget har ändrats."),
    SUS_FOR_STOR("DEL-101", Kind.INVALID_INPUT,
            "Filen är större än {0} MB. Dela upp uttaget eller ta bort kolumner som inte behövs."),
    SUS_OKANT_FORMAT("DEL-102", Kind.INVALID_INPUT,
            "Filen är varken en Excel-fil (.xlsx) eller en CSV-fil med semikolon."),
    SUS_MAKRON("DEL-103", Kind.INVALID_INPUT,
            "Filen innehåller makron (.xlsm). Spara uttaget som en vanlig Excel-arbetsbok (.xlsx)."),
    SUS_GAMMALT_ELLER_KRYPTERAT("DEL-104", Kind.INVALID_INPUT,
            "Filen är en äldre Excel-fil (.xls) eller lösenordsskyddad. Spara uttaget som .xlsx utan lösenord."),
    SUS_SKADAD("DEL-105", Kind.INVALID_INPUT,
            "Filen kunde inte läsas: den är skadad eller ofullständig ({0})."),
    SUS_FOR_MANGA_RADER("DEL-106", Kind.INVALID_INPUT,
            "Filen har fler än {0} rader eller {1} kolumner."),
    SUS_FORMEL("DEL-107", Kind.INVALID_INPUT,
            "Cellen innehåller en formel ({0}). Formler räknas aldrig ut vid inläsning; klistra in värdena i stället."),
    SUS_KOLUMN_SAKNAS("DEL-108", Kind.INVALID_INPUT,
            "Kolumnen \"{0}\" saknas i rubrikraden (kolumnprofil {1})."),
    SUS_INTE_HELTAL("DEL-109", Kind.INVALID_INPUT,
            "\"{0}\" är inte ett heltal."),
    SUS_NEGATIVT("DEL-110", Kind.INVALID_INPUT,
            "Antalet kan inte vara negativt ({0})."),
    SUS_OKAND_INSATS("DEL-112", Kind.INVALID_INPUT,
            "Insatsen \"{0}\" finns inte bland förbundets insatser."),
    SUS_INSATS_TVA_GANGER("DEL-113", Kind.INVALID_INPUT,
            "Insatsen \"{0}\" finns redan på rad {1}."),
    SUS_UTTAGSDATUM("DEL-114", Kind.INVALID_INPUT,
            "{0}"),
    SUS_FEL_PERIOD("DEL-115", Kind.INVALID_INPUT,
            "Filens period {0} är inte perioden som ska läsas in ({1})."),
    SUS_TECKENKODNING("DEL-116", Kind.INVALID_INPUT,
            "CSV-filen kunde inte läsas: {0}."),
    SUS_TOM_CELL("DEL-117", Kind.INVALID_INPUT,
            "Cellen är tom; ange 0 om det inte finns några."),
    SUS_FOR_LANG_TEXT("DEL-118", Kind.INVALID_INPUT,
            "Cellen innehåller mer än {0} tecken."),
    SUS_TOM_FIL("DEL-119", Kind.INVALID_INPUT,
            "Filen innehåller inga insatser."),
    SUS_DUBBEL_KOLUMN("DEL-120", Kind.INVALID_INPUT,
            "Kolumnen \"{0}\" finns två gånger (kolumn {1} och {2})."),
    SUS_FEL_TYP("DEL-121", Kind.INVALID_INPUT,
            "Cellen innehåller {0}, inte ett antal."),
    SUS_OKAND_PROFIL("DEL-122", Kind.INVALID_INPUT,
            "Kolumnprofilen \"{0}\" stöds inte; den här versionen läser {1}."),
    SUS_INTE_DECIMALTAL("DEL-123", Kind.INVALID_INPUT,
            "\"{0}\" är inte ett tal med högst en decimal."),
    SUS_FOR_MANGA_FEL("DEL-124", Kind.INVALID_INPUT,
            "Filen har fler än {0} fel; läsningen avbröts där."),
    SUS_INSATS_SAKNAS("DEL-125", Kind.INVALID_INPUT,
            "Raden har siffror men ingen insats."),
    SUS_UTANFOR_RUBRIKRADEN("DEL-126", Kind.INVALID_INPUT,
            "Raden har värden i kolumn {0}, utanför rubrikraden."),
    // SUS import: the preview and its commit
    SUS_IMPORT_FINNS_INTE("DEL-130", Kind.NOT_FOUND,
            "Förhandsgranskningen finns inte (längre). Ladda upp filen igen."),
    SUS_IMPORT_EJ_KLAR("DEL-131", Kind.CONFLICT,
            "Filen granskas fortfarande; vänta tills förhandsgranskningen är klar."),
    SUS_IMPORT_HAR_FEL("DEL-132", Kind.CONFLICT,
            "Filen har fel och kan inte läsas in. Rätta felen och ladda upp den igen."),
    SUS_IMPORT_INAKTUELL("DEL-133", Kind.CONFLICT,
            "Statistiken för {0} har ändrats sedan förhandsgranskningen. Ladda upp filen igen."),
    SUS_IMPORT_BARA_KANSLI("DEL-134", Kind.FORBIDDEN,
            "SUS-import är till för kansliet."),
    SUS_IMPORT_OGILTIG_BEGARAN("DEL-135", Kind.INVALID_INPUT,
            "{0}"),
    SUS_IMPORT_GENOMFORD("DEL-136", Kind.CONFLICT,
            "Förhandsgranskningen är redan inläst.");


    private final Fel fel;

    DeltagareFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
