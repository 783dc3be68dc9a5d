package se.finsam.uppfoljning.insats.boundary;

import java.time.LocalDate;

/**
 * Closing an insats: when its end in force has come ({@code slut} absent or that end), or on an
 * earlier end decided on {@code beslutsdatum}. A closed insats is due its final report.
 */
public record Avslutsbeslut(Long version, LocalDate slut, LocalDate beslutsdatum) {
}
