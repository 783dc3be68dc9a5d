package se.finsam.uppfoljning.deltagare.boundary;

import java.time.LocalDate;

/** A period whose participant statistics an insats has not yet entered, though the period has ended. */
public record Forfallen(long insatsId, String insats, int ar, int halvar, LocalDate periodensSlut) {
}
