package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.reports.Trafikljus;

import java.util.List;

/**
 * Tabell 2 "Nuläge mål": per insats that continues after the half-year, its goal status and the
 * steering group's prognosis from the half-year's last quarterly report, with the traffic light.
 */
public record Tabell2(int ar, int halvar, List<Grupp> grupper) {

    public record Grupp(String typ, String rubrik, List<Rad> rader) {
    }

    public record Rad(long insatsId, String namn, String iFas, String prognos, Trafikljus trafikljus, String trafikljusText) {
    }
}
