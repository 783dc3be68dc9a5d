package se.finsam.uppfoljning.partner.boundary;

import se.finsam.uppfoljning.partner.entity.Partner;

/** What callers get to see of a partner; entities never leave the boundary. */
public record PartnerView(long id, String forbund, String forbundsnamn, String organisation, String namn, String typ, String typText) implements java.io.Serializable {

    static PartnerView of(Partner p) {
        return new PartnerView(p.id(), p.forbund().kod(), p.forbund().namn(), p.organisation(), p.namn(), p.typ().name(), p.typ().label());
    }
}
