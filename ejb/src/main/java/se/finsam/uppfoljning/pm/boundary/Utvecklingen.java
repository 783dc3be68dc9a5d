package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Procent;

import java.util.List;

/**
 * The PM's figures over every half-year with data, as series: for the förbund (the office's view)
 * and per insats. Each point is copied from that half-year's PM as it prints (the frozen snapshot
 * where the PM is frozen), never computed again.
 *
 * @param perioder the half-years with data, oldest first
 * @param forbund  the förbund's sums (table 6) and shares (the outcome table); null for a caller who
 *                 sees only some insatser (a steering group)
 * @param insatser one series per insats the caller may read, in the order they first appear
 */
public record Utvecklingen(List<Period> perioder, Serie forbund, List<Serie> insatser) {

    /** A half-year and whether its PM is frozen (its figures then are the snapshot's). */
    public record Period(int ar, int halvar, boolean faststallt) {
    }

    /**
     * @param insatsId null for the förbund
     * @param namn     the name the insats printed under in its latest PM; the förbund's name for its series
     * @param punkter  one per half-year in which the series has figures, oldest first
     */
    public record Serie(Long insatsId, String namn, List<Punkt> punkter) {
    }

    /**
     * One half-year's figures of a series, null where that PM printed none.
     *
     * @param forbrukningskvotProcent table 4's kvot: the first half-year in an H1 PM, the whole year so
     *                                far in an H2 PM; null for the förbund (table 4 has no total)
     * @param forbrukningskvot        the kvot as the PM prints it ("96 %", "–")
     * @param andelK                  the share of ended women who went to work and/or studies (the outcome table)
     * @param andelM                  the same for men
     */
    public record Punkt(int ar, int halvar, Integer forbrukningskvotProcent, String forbrukningskvot,
                        Km inregistrerade, Km avslutade, Km pagaende, Procent andelK, Procent andelM) {
    }
}
