package se.finsam.uppfoljning.budget.boundary;

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
 * The money part of a version-2 data package (arrays {@code budgetar}, {@code overforingar} and
 * {@code rekvisitioner} of {@code Datapaket}): budget's own part of the package format, read in and
 * written by {@link Ekonomiinlasning}. Insatser are named by code; amounts are kronor with at most
 * two decimals.
 */
public final class Ekonomipaket {

    private Ekonomipaket() {
    }

    /** An insats' granted budget for a year; {@code forstaHalvar} only where the first half-year does not get half. */
    public record Budget(@NotBlank(message = "Insatsens kod måste anges.") String insats,
                         @NotNull(message = "År måste anges.") @Min(value = Ar.FORSTA, message = "Året måste vara " + Ar.FORSTA + " eller senare.") @Max(value = Ar.SISTA, message = "Året måste vara " + Ar.SISTA + " eller tidigare.") Integer ar,
                         @NotNull(message = "Belopp måste anges.") @DecimalMin(value = "0", message = "Beloppet kan inte vara negativt.") @Digits(integer = 12, fraction = 2, message = "Beloppet anges i kronor med högst två decimaler.") BigDecimal belopp,
                         @DecimalMin(value = "0", message = "Beloppet kan inte vara negativt.") @Digits(integer = 12, fraction = 2, message = "Beloppet anges i kronor med högst två decimaler.") BigDecimal forstaHalvar) {
    }

    /** A decision to carry unused funds of {@code franAr} over to the next year; without amount when it is already in that year's budget. */
    public record Overforing(@NotBlank(message = "Insatsens kod måste anges.") String insats,
                             @NotNull(message = "Från år måste anges.") @Min(value = Ar.FORSTA, message = "Året måste vara " + Ar.FORSTA + " eller senare.") @Max(value = Ar.SISTA - 1, message = "Året måste vara " + (Ar.SISTA - 1) + " eller tidigare.") Integer franAr,
                             @DecimalMin(value = "0", message = "Beloppet kan inte vara negativt.") @Digits(integer = 12, fraction = 2, message = "Beloppet anges i kronor med högst två decimaler.") BigDecimal belopp,
                             @NotNull(message = "Beslutsdatum måste anges.") LocalDate beslutsdatum,
                             @Size(max = 2000, message = "Anteckningen får vara högst 2000 tecken.") String anteckning) {
    }

    public record Rekvisition(@NotBlank(message = "Insatsens kod måste anges.") String insats,
                              @NotNull(message = "År måste anges.") Integer ar,
                              @NotNull(message = "Kvartal måste anges.") @Min(value = 1, message = "Kvartal är 1–4.") @Max(value = 4, message = "Kvartal är 1–4.") Integer kvartal,
                              @NotNull(message = "Belopp måste anges.") @DecimalMin(value = "0", message = "Beloppet kan inte vara negativt.") @Digits(integer = 12, fraction = 2, message = "Beloppet anges i kronor med högst två decimaler.") BigDecimal belopp,
                              List<@Valid Kostnadsrad> kostnadsrader,
                              @Size(max = 4000, message = "Meddelandet får vara högst 4000 tecken.") String meddelande,
                              @NotNull(message = "Status måste anges.") @Pattern(regexp = "INSKICKAD|GODKAND|RETURNERAD", message = "Status ska vara INSKICKAD, GODKAND eller RETURNERAD.") String status,
                              @NotNull(message = "Datum för inskickning måste anges.") LocalDate inskickad,
                              LocalDate beslutad,
                              @Size(max = 4000, message = "Kommentaren får vara högst 4000 tecken.") String kommentar) {
    }

    public record Kostnadsrad(@NotBlank(message = "Beskriv kostnaden.") @Size(max = 200, message = "Högst 200 tecken.") String text,
                              @NotNull(message = "Belopp måste anges.") @DecimalMin(value = "0", message = "Beloppet kan inte vara negativt.") @Digits(integer = 12, fraction = 2, message = "Beloppet anges i kronor med högst två decimaler.") BigDecimal belopp) {
    }
}
