package se.finsam.uppfoljning.kvartalsrapport.boundary;

import java.time.LocalDate;

/** A report the signed-in rapportör still has to submit. */
public record AttLamna(long insatsId, String insats, int ar, int kvartal, String status, String statusText,
                       LocalDate frist, boolean sen) {
}
