package se.finsam.uppfoljning.budget;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of budgets and rekvisitioner, prefix {@code BUD-}. Listed with meaning and
 * HTTP status in docs/felkoder.md; a code is never reused.
 */
public enum BudgetFel implements Felkod {

    BUDGET_ANDRAD("BUD-001", Kind.CONFLICT,
            "Budgeten har ändrats av någon annan sedan du läste den. Läs in den igen."),
    OGILTIGA_UPPGIFTER("BUD-002", Kind.INVALID_INPUT,
            "Uppgifterna är inte giltiga. Inget har sparats."),
    BARA_KANSLIET("BUD-003", Kind.FORBIDDEN,
            "Bara kansliet sätter budgetar och godkänner eller returnerar rekvisitioner."),
    KOMMENTAR_KRAVS("BUD-004", Kind.INVALID_INPUT,
            "Skriv varför rekvisitionen returneras."),
    INGEN_EKONOMIROLL("BUD-005", Kind.FORBIDDEN,
            "Du har inte behörighet till insatsernas ekonomi."),
    REKVISITION_LAST("BUD-101", Kind.CONFLICT,
            "Rekvisitionen för {0} kan inte ändras: den är {1}."),
    INTE_INSKICKAD("BUD-102", Kind.CONFLICT,
            "Bara en inskickad rekvisition kan godkännas eller returneras. Rekvisitionen för {0} är {1}."),
    INGEN_REKVISITION("BUD-103", Kind.NOT_FOUND,
            "Det finns ingen rekvisition för kvartalet."),
    REKVISITION_ANDRAD("BUD-104", Kind.CONFLICT,
            "Rekvisitionen har ändrats sedan du läste den. Läs in den igen."),
    BILAGA_FEL_TYP("BUD-105", Kind.INVALID_INPUT,
            "Bilagan ska vara en PDF- eller XLSX-fil."),
    BILAGA_FOR_STOR("BUD-106", Kind.INVALID_INPUT,
            "Bilagan får vara högst 10 MB."),
    INGEN_BILAGA("BUD-107", Kind.NOT_FOUND,
            "Rekvisitionen har ingen bilaga."),
    ARET_STANGT("BUD-108", Kind.CONFLICT,
            "År {0} är stängt sedan {1}: rekvisitioner för det tas inte emot eller ändras."),
    OVERFORING_FOR_STOR("BUD-201", Kind.CONFLICT,
            "Överföringen är större än de outnyttjade medlen {0} ({1} kr).");

    private final Fel fel;

    BudgetFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
