package se.finsam.uppfoljning.slutrapport;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of final reports, prefix {@code SLR-}. Listed with meaning and HTTP status in
 * docs/felkoder.md; a code is never reused.
 */
public enum SlutrapportFel implements Felkod {

    OGILTIGA_UPPGIFTER("SLR-001", Kind.INVALID_INPUT,
            "Uppgifterna är inte giltiga. Inget har sparats."),
    BARA_RAPPORTOR_ELLER_KANSLI("SLR-002", Kind.FORBIDDEN,
            "Slutrapporten skrivs av insatsens rapportörer eller av kansliet."),
    FINNS_INTE("SLR-003", Kind.NOT_FOUND,
            "Insatsen har ingen slutrapport."),
    INSATSEN_PAGAR("SLR-101", Kind.CONFLICT,
            "Slutrapporten skrivs när insatsen avslutas; insatsen pågår till {0}."),
    SLUTRAPPORT_ANDRAD("SLR-102", Kind.CONFLICT,
            "Slutrapporten har ändrats av någon annan sedan du läste den. Läs in den igen.");

    private final Fel fel;

    SlutrapportFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
