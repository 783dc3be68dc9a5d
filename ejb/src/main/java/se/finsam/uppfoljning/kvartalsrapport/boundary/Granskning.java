package se.finsam.uppfoljning.kvartalsrapport.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The office's comments per section when it returns a report; {@code version} as read. */
public record Granskning(
        @NotNull(message = "Version måste anges.") Long version,
        @Size(max = 4000, message = "Kommentaren får vara högst 4000 tecken.") String mal,
        @Size(max = 4000, message = "Kommentaren får vara högst 4000 tecken.") String resurser,
        @Size(max = 4000, message = "Kommentaren får vara högst 4000 tecken.") String kvalitet,
        @Size(max = 4000, message = "Kommentaren får vara högst 4000 tecken.") String ovrigt) {
}
