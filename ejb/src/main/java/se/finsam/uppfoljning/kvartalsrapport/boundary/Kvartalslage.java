package se.finsam.uppfoljning.kvartalsrapport.boundary;

import se.finsam.uppfoljning.reports.Trafikljus;

import java.time.LocalDate;

/**
 * Where an insats' report for a quarter stands, for the work lists and the insatser page.
 * {@code status} is {@code EJ_PABORJAD} and {@code rapportId} null when nobody has started it;
 * {@code trafikljus} is null where the list does not show it.
 */
public record Kvartalslage(long insatsId, String insats, int ar, int kvartal, Long rapportId, String status,
                           String statusText, LocalDate frist, boolean sen, Trafikljus trafikljus, String trafikljusText) {
}
