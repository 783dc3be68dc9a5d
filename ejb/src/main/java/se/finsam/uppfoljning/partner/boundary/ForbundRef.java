package se.finsam.uppfoljning.partner.boundary;

import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;

/** A förbund as the components above partner refer to it: its key, code and name. */
public record ForbundRef(long id, ForbundKod kod, String namn) {

    static ForbundRef of(Forbund f) {
        return new ForbundRef(f.id(), new ForbundKod(f.kod()), f.namn());
    }
}
