package se.finsam.uppfoljning.pm;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of the half-year PM: every refusal this component throws, prefix {@code PM-}.
 * Listed with meaning and HTTP status in docs/felkoder.md; a code is never reused, so a retired
 * one is listed there instead of being handed out again.
 */
public enum PmFel implements Felkod {

    INGEN_PM_ROLL("PM-002", Kind.FORBIDDEN,
            "PM:et läses av kansliet, förbundschefen, styrelsen och rapportdesigners."),
    INAKTUELL_TEXT("PM-003", Kind.CONFLICT,
            "Texten i avsnittet {0} har sparats av någon annan sedan du öppnade den. Läs in den igen och gör om ändringen."),
    OKANT_AVSNITT("PM-004", Kind.INVALID_INPUT,
            "PM:et har inget avsnitt {0} som kansliet skriver."),
    HTML_I_TEXT("PM-005", Kind.INVALID_INPUT,
            "Texten får inte innehålla HTML. Skriv rubriker med ##, punkter med -, **fet** och *kursiv* stil."),
    INGET_FASTSTALLT_PM("PM-006", Kind.NOT_FOUND,
            "Det finns inget fastställt PM för {0}."),
    EJ_UTKASTLASARE("PM-007", Kind.FORBIDDEN,
            "PM-utkast och deras texter är till för kansliet och förbundschefen."),
    REDAN_FASTSTALLT("PM-008", Kind.CONFLICT,
            "PM:et för {0} är redan fastställt och ändras inte."),
    FASTSTALLT_TEXT("PM-009", Kind.CONFLICT,
            "PM:et för {0} är fastställt; dess texter ändras inte längre."),
    INTE_I_TABELLEN("PM-010", Kind.NOT_FOUND,
            "Insats {0} finns inte i tabell {1} i PM:et för {2}."),
    OKAND_KOLUMN("PM-011", Kind.INVALID_INPUT,
            "Tabell {0} har ingen kolumn {1}; kolumnerna är {2}."),
    OKAND_UTGAVA("PM-012", Kind.INVALID_INPUT,
            "PM:et finns i utgåvorna intern och offentlig, inte {0}."),
    EJ_UTVECKLINGSLASARE("PM-013", Kind.FORBIDDEN,
            "Utvecklingen över halvåren läses av kansliet, förbundschefen och styrgrupperna (deras egna insatser).");

    private final Fel fel;

    PmFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
