package se.finsam.uppfoljning.partner.boundary;

import se.finsam.uppfoljning.partner.entity.Forbund;

/**
 * A förbund as the system administrator sees it: its code (the token's {@code forbund} claim), its
 * name, the alias of its office's organisation and how many partner organisations it has.
 */
public record ForbundView(String kod, String namn, String kansli, int antalPartner) implements java.io.Serializable {

    static ForbundView of(Forbund f, String kansli, int antalPartner) {
        return new ForbundView(f.kod(), f.namn(), kansli, antalPartner);
    }
}
