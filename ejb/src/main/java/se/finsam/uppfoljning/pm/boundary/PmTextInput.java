package se.finsam.uppfoljning.pm.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.finsam.uppfoljning.pm.entity.PmBerattelse;

/**
 * A section's new text. {@code version} is the one the writer read: 0 for a section never written
 * (the database's first version is 1), so a save always says what it replaces and a stale one is
 * refused.
 */
public record PmTextInput(
        @NotNull(message = "Texten måste anges (tom text tömmer avsnittet).")
        @Size(max = PmBerattelse.MAX_TEXT, message = "Texten får vara högst 20 000 tecken.") String text,
        @NotNull(message = "Versionen du läste måste anges (0 för ett avsnitt som inte skrivits).") Long version) {
}
