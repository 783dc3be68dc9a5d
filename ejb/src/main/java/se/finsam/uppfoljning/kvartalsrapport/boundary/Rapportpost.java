package se.finsam.uppfoljning.kvartalsrapport.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * One quarterly report of a half-year data package ({@code kvartalsrapporter} of {@code Datapaket}):
 * kvartalsrapport's own part of the package format, read in and written by {@link Rapportinlasning}.
 * The insats is named by its code.
 */
public record Rapportpost(@NotBlank(message = "Insatsens kod måste anges.") String insats,
                      @NotNull(message = "År måste anges.") Integer ar,
                      @NotNull(message = "Kvartal måste anges.") @Min(value = 1, message = "Kvartal är 1–4.") @Max(value = 4, message = "Kvartal är 1–4.") Integer kvartal,
                      @NotNull(message = "Status måste anges.") @Pattern(regexp = "UTKAST|INSKICKAD|RETURNERAD|GODKAND", message = "Status ska vara UTKAST, INSKICKAD, RETURNERAD eller GODKAND.") String status,
                      LocalDate inskickad,
                      LocalDate godkand,
                      List<@Valid Malsvar> mal,
                      Boolean vakansSof,
                      Boolean vakansEgen,
                      Boolean budgetavvikelseInskickad,
                      List<@Valid Svar> svar,
                      @Size(max = 4000, message = "Meddelandet får vara högst 4000 tecken.") String meddelande) {

    public record Malsvar(@NotNull(message = "Målnummer måste anges.") Integer nummer, String status, String prognos,
                          @Size(max = 4000, message = "Kommentaren får vara högst 4000 tecken.") String kommentar) {
    }

    public record Svar(@NotBlank(message = "Frågans kod måste anges.") String fraga, String svar,
                       @Size(max = 4000, message = "Förklaringen får vara högst 4000 tecken.") String forklaring) {
    }
}
