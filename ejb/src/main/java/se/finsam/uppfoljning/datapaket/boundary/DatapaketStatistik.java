package se.finsam.uppfoljning.datapaket.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.deltagare.boundary.StatistikInput;
import se.finsam.uppfoljning.plattform.entity.Ar;

/**
 * The statistics part of a version-2 data package: one individinsats' participant figures for one
 * period (halvår 1 = January–June, halvår 2 = the whole year), in the shape the statistics API
 * takes them ({@link StatistikInput}; its {@code version} is ignored), with the SUS extraction
 * dates and the explanations of the rules the figures break on purpose.
 */
public record DatapaketStatistik(
        @NotBlank(message = "Insatsens kod måste anges.") String insats,
        @NotNull(message = "År måste anges.") @Min(value = Ar.FORSTA, message = "Året måste vara " + Ar.FORSTA + " eller senare.")
        @Max(value = Ar.SISTA, message = "Året måste vara " + Ar.SISTA + " eller tidigare.") Integer ar,
        @NotNull(message = "Halvår måste anges.") @Min(value = 1, message = "Halvår är 1 eller 2.")
        @Max(value = 2, message = "Halvår är 1 eller 2.") Integer halvar,
        @NotNull(message = "Siffror måste anges.") StatistikInput siffror) {
}
