package se.finsam.uppfoljning.pm.boundary;

import java.util.List;

/**
 * Tabell 5 "Kvalitetssäkring": the question set in force in the half-year's last quarter (its
 * questions' short titles are the columns) and, per insats running in the half-year, the answers of
 * that quarter's report in the set's order; null where the report or the answer is missing.
 */
public record Tabell5(int ar, int halvar, List<String> fragor, List<Grupp> grupper) {

    public record Grupp(String typ, String rubrik, List<Rad> rader) {
    }

    public record Rad(long insatsId, String namn, List<String> svar) {
    }
}
