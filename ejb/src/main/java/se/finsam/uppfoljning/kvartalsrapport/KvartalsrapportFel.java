package se.finsam.uppfoljning.kvartalsrapport;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of quarterly reports, their workflow, question sets and reminders: every refusal this component throws, prefix {@code KVR-}.
 * Listed with meaning and HTTP status in docs/felkoder.md; a code is never reused, so a retired
 * one is listed there instead of being handed out again.
 */
public enum KvartalsrapportFel implements Felkod {

    LAST("KVR-001", Kind.CONFLICT,
            "Rapporten är inskickad eller godkänd och kan inte ändras nu."),
    INAKTUELL_VERSION("KVR-002", Kind.CONFLICT,
            "Rapporten har ändrats sedan du läste den. Läs in den igen."),
    OGILTIGT_SVAR("KVR-003", Kind.INVALID_INPUT,
            "Ett svar i rapporten är inte giltigt."),
    SVAR_SAKNAS("KVR-004", Kind.INVALID_INPUT,
            "Rapporten kan inte skickas in förrän alla obligatoriska svar är ifyllda."),
    FEL_STATUS("KVR-005", Kind.CONFLICT,
            "{0} Rapporten är {1}."),
    OGILTIG_PERIOD("KVR-007", Kind.INVALID_INPUT,
            "År eller kvartal är inte giltigt: {0}"),
    RAPPORT_FINNS_INTE("KVR-008", Kind.NOT_FOUND,
            "Det finns ingen rapport för {0}."),
    KOMMENTAR_KRAVS("KVR-009", Kind.INVALID_INPUT,
            "Skriv minst en kommentar om vad som ska rättas."),
    OGILTIGT_DATUM("KVR-010", Kind.INVALID_INPUT,
            "Datumet ska skrivas ÅÅÅÅ-MM-DD."),
    FRAGA_KAN_INTE_ANDRAS("KVR-011", Kind.CONFLICT,
            "Frågan kan inte ändras så: {0}"),
    OVERSIKT_BARA_FOR_KANSLI("KVR-012", Kind.FORBIDDEN,
            "Översikten är till för kansliet och förbundschefen."),
    BARA_RAPPORTOREN("KVR-013", Kind.FORBIDDEN,
            "Bara insatsens rapportör kan ändra och skicka in rapporten."),
    KVARTALET_EJ_BORJAT("KVR-014", Kind.INVALID_INPUT,
            "Rapporten för {0} kan skrivas först när kvartalet har börjat."),
    INSATSEN_PAGICK_INTE("KVR-015", Kind.INVALID_INPUT,
            "Insatsen pågick inte under {0}."),
    FRAGEBATTERI_ANDRAT("KVR-016", Kind.CONFLICT,
            "Frågebatteriet har ändrats av någon annan sedan du läste det. Läs in det igen.");

    private final Fel fel;

    KvartalsrapportFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
