package se.finsam.uppfoljning.avvikelse.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.finsam.uppfoljning.plattform.entity.Ar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The deviations of a version-2 data package (array {@code avvikelser} of {@code Datapaket}), with
 * the förbundschef's decisions: avvikelse's own part of the package format, read in and written by
 * {@link Avvikelseinlasning}.
 */
public final class Avvikelsepaket {

    private Avvikelsepaket() {
    }

    /**
     * A deviation report; {@code ar} and {@code begartBelopp} (kronor) only for BUDGET. Decisions in
     * the order they were made: each after the first is a correction that replaces the one before.
     */
    public record Avvikelse(@NotBlank(message = "Insatsens kod måste anges.") String insats,
                            @NotNull(message = "Typ måste anges.") @Pattern(regexp = "BUDGET|MAL|MALGRUPP|METOD|ANTAL_DELTAGARE", message = "Typ ska vara BUDGET, MAL, MALGRUPP, METOD eller ANTAL_DELTAGARE.") String typ,
                            @NotBlank(message = "Beskrivning måste anges.") @Size(max = 4000, message = "Beskrivningen får vara högst 4000 tecken.") String beskrivning,
                            @Min(value = Ar.FORSTA, message = "Året måste vara " + Ar.FORSTA + " eller senare.") @Max(value = Ar.SISTA - 1, message = "Året måste vara " + (Ar.SISTA - 1) + " eller tidigare.") Integer ar,
                            @DecimalMin(value = "0", message = "Beloppet kan inte vara negativt.") @Digits(integer = 12, fraction = 2, message = "Beloppet anges i kronor med högst två decimaler.") BigDecimal begartBelopp,
                            @NotNull(message = "Datum då avvikelsen kom in måste anges.") LocalDate inkommen,
                            List<@Valid Beslut> beslut) {
    }

    /** {@code belopp}: what was moved to the next year (GODKAND: the amount asked; DELVIS_GODKAND: less). */
    public record Beslut(@NotNull(message = "Beslut måste anges.") @Pattern(regexp = "GODKAND|DELVIS_GODKAND|AVSLAGEN", message = "Beslut ska vara GODKAND, DELVIS_GODKAND eller AVSLAGEN.") String utfall,
                         @DecimalMin(value = "0", message = "Beloppet kan inte vara negativt.") @Digits(integer = 12, fraction = 2, message = "Beloppet anges i kronor med högst två decimaler.") BigDecimal belopp,
                         @NotBlank(message = "Motivering måste anges.") @Size(max = 4000, message = "Motiveringen får vara högst 4000 tecken.") String motivering,
                         @NotNull(message = "Beslutsdatum måste anges.") LocalDate beslutsdatum) {
    }
}
