package se.finsam.uppfoljning.sus;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of the SUS import. Its codes keep the {@code DEL-} prefix and numbers
 * (DEL-100..199) they had while the import was part of deltagare: clients, the office's notes and
 * the tests know them by these codes, and a code is never renumbered (docs/felkoder.md). DEL-101..126
 * are problems found in a file, DEL-130..136 refuse an operation on an import. A broken consistency
 * rule in a file keeps deltagare's own code ({@code DeltagareFel}, DEL-010..099).
 */
public enum SusFel implements Felkod {

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

    SusFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
