package se.finsam.uppfoljning.insats.boundary;

import java.time.LocalDate;

/**
 * A decision to extend an insats: the new end and the day it was decided (table 1 of the PM marks the
 * half-year of the decision with *). {@code beslutAv}: who decided, "Styrelsen" when absent.
 */
public record Forlangningsbeslut(Long version, LocalDate slut, LocalDate beslutsdatum, String beslutAv) {
}
