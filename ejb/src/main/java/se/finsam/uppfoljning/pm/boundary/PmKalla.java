package se.finsam.uppfoljning.pm.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where one computed figure of the PM comes from (its provenance): the figure as printed, the
 * amounts it was computed from, and the rows behind those amounts, each with who entered it and when.
 *
 * @param figur   what the figure is, e.g. "Förbrukningskvot helår 2022"
 * @param varde   the figure as the PM prints it ("93%")
 * @param utfall  the exact utfall the kvot divides: the sum of {@code rekvisitioner}
 * @param budget  the exact budget it divides by: granted plus carried over, for the column's period
 */
public record PmKalla(String tabell, long insatsId, String insats, String figur, String varde, BigDecimal utfall,
                      BigDecimal budget, List<Rekvisition> rekvisitioner, Budget budgetkalla) {

    /** An approved rekvisition: its amount is utfall. */
    public record Rekvisition(long id, int ar, int kvartal, BigDecimal belopp, String inskickadAv, Instant inskickad,
                              String godkandAv, Instant godkand) {
    }

    /** The year's budget: what was granted, what was carried over into it, and the decisions to carry over. */
    public record Budget(int ar, BigDecimal beviljat, BigDecimal overfortFranForegaendeAr, BigDecimal helaAret,
                         BigDecimal forstaHalvaret, List<Overforing> overforingar) {
    }

    public record Overforing(int franAr, int tillAr, BigDecimal belopp, LocalDate beslutsdatum, String anteckning) {
    }
}
