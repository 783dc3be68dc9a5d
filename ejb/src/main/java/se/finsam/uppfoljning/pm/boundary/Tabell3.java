package se.finsam.uppfoljning.pm.boundary;

import java.util.List;

/**
 * Tabell 3 "Förutsättningar för utfall": per insats running in the half-year, whether the
 * half-year's quarterly reports tell of vacancies in posts paid by the förbund (SOF-medel) or by
 * the parties themselves, and whether a budget deviation was sent in. Each cell is "Ja", "Nej", or
 * "Saknas" when no submitted report of the half-year answers.
 */
public record Tabell3(int ar, int halvar, List<Grupp> grupper) {

    public record Grupp(String typ, String rubrik, List<Rad> rader) {
    }

    public record Rad(long insatsId, String namn, String vakanserSof, String vakanserEgen, String avvikelserBudget) {
    }
}
