package se.finsam.uppfoljning.kvartalsrapport.boundary;

import se.finsam.uppfoljning.reports.Trafikljus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The office's view of a quarter: which insatser have reported, which are late, returned, approved. */
public record OversiktView(int ar, int kvartal, LocalDate frist, int antalInsatser, int ejPaborjade, int utkast,
                           int inskickade, int returnerade, int godkanda, int sena, List<Rad> rader) {

    public record Rad(long insatsId, String insats, String typ, String status, String statusText, boolean sen,
                      Instant inskickad, Trafikljus trafikljus, String trafikljusText, Long rapportId) {
    }
}
