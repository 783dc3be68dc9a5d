package se.finsam.uppfoljning.plattform;

import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

import java.util.Objects;

/**
 * What one catalogue entry says: its code, the kind of refusal and the message template. Each
 * constant of a {@link Felkod} enum holds one, so the twelve catalogues do not each repeat the
 * fields and their accessors.
 */
public record Fel(String code, Kind kind, String template) {

    public Fel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(template, "template");
    }
}
