package se.finsam.uppfoljning.layout.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.finsam.uppfoljning.reports.LayoutKontroll;

/**
 * A layout source to check or to store as a new version: the .jrxml text as the designer wrote it (or
 * exported it from Jaspersoft Studio) and an optional comment for the versions list.
 */
public record NyLayoutversion(
        @NotNull(message = "Layoutens källa (.jrxml) saknas.")
        @Size(max = LayoutKontroll.MAX_STORLEK, message = "Layouten är för stor; högst 256 kB tas emot.") String jrxml,
        @Size(max = 500, message = "Kommentaren får vara högst 500 tecken.") String kommentar) {
}
