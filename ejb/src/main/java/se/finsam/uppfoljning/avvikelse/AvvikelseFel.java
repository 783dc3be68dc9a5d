package se.finsam.uppfoljning.avvikelse;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of deviation reports and decisions, prefix {@code AVV-}. Listed with meaning
 * and HTTP status in docs/felkoder.md; a code is never reused.
 */
public enum AvvikelseFel implements Felkod {

    OGILTIGA_UPPGIFTER("AVV-001", Kind.INVALID_INPUT,
            "Uppgifterna är inte giltiga. Inget har sparats."),
    BARA_RAPPORTOR_ELLER_STYRGRUPP("AVV-002", Kind.FORBIDDEN,
            "Avvikelserapporter lämnas in av insatsens rapportörer och styrgrupp."),
    BARA_FORBUNDSCHEFEN("AVV-003", Kind.FORBIDDEN,
            "Bara förbundschefen beslutar om avvikelser."),
    FINNS_INTE("AVV-004", Kind.NOT_FOUND,
            "Avvikelsen finns inte."),
    INGEN_AVVIKELSEROLL("AVV-005", Kind.FORBIDDEN,
            "Kön av obeslutade avvikelser är till för förbundschefen och kansliet."),
    REDAN_BESLUTAD("AVV-101", Kind.CONFLICT,
            "Avvikelsen är redan beslutad ({0}). Ett beslut ändras inte; en rättelse är ett nytt beslut som anger vilket beslut det ersätter."),
    INTE_GALLANDE_BESLUT("AVV-102", Kind.CONFLICT,
            "Bara avvikelsens gällande beslut kan rättas (det gällande beslutet är {0})."),
    INGET_BESLUT_ATT_RATTA("AVV-103", Kind.CONFLICT,
            "Avvikelsen har inget beslut att rätta."),
    AR_UTANFOR_INSATSEN("AVV-104", Kind.CONFLICT,
            "Året {0} ligger utanför insatsens period {1}."),
    BEGART_OVER_OUTNYTTJAT("AVV-105", Kind.CONFLICT,
            "Det begärda beloppet är större än de outnyttjade medlen {0} ({1} kr).");

    private final Fel fel;

    AvvikelseFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
