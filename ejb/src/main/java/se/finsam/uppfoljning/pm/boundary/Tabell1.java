package se.finsam.uppfoljning.pm.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Tabell 1 "Insatser" and the counts of the summary ("Under första halvåret 2022 har 11
 * finansierade insatser varit i gång … sju individinsatser och fyra strukturinsatser").
 * {@code agare}: the insats owner's name. {@code forlangd}: an extension was decided during the half-year (the PM's *).
 */
public record Tabell1(int ar, int halvar, int antal, int individinsatser, int strukturinsatser,
                      int kompetenshojande, int avslutade, List<Grupp> grupper) {

    public record Grupp(String typ, String rubrik, List<Rad> rader) {
    }

    public record Rad(long insatsId, String namn, String agare, LocalDate start, LocalDate slut, boolean forlangd) {
    }
}
