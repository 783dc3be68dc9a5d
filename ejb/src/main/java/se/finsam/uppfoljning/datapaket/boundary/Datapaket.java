package se.finsam.uppfoljning.datapaket.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsepaket;
import se.finsam.uppfoljning.budget.boundary.Ekonomipaket;
import se.finsam.uppfoljning.insats.boundary.Insatspost;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportpost;
import se.finsam.uppfoljning.slutrapport.boundary.Slutrapportpaket;
import se.finsam.uppfoljning.plattform.entity.Ar;

import java.util.List;

/**
 * A half-year data package: the register of insatser, the quality question sets and the quarterly
 * reports ({@code uppfoljning-datapaket/1}); version 2 adds the optional money arrays (budgets,
 * carry-overs, rekvisitioner), the participant statistics ({@link DatapaketStatistik}) and the
 * follow-up arrays of {@link Avvikelsepaket} (deviations with decisions, final reports). A version-1
 * package still imports. The JSON Schema is
 * {@code docs/datapaket/datapaket.schema.json}. Amounts are kronor with at most two decimals.
 */
public record Datapaket(
        @NotNull(message = "Format måste anges.")
        @Pattern(regexp = "uppfoljning-datapaket/[12]", message = "Formatet stöds inte; förväntat uppfoljning-datapaket/1 eller /2.")
        String format,
        @NotBlank(message = "Förbund måste anges.") String forbund,
        @NotNull(message = "Period måste anges.") @Valid Period period,
        @NotNull(message = "Insatser måste anges (tom lista om inga).") List<@Valid Insatspost> insatser,
        List<@Valid Fragebatteri> fragebatterier,
        List<@Valid Rapportpost> kvartalsrapporter,
        List<Ekonomipaket.@Valid Budget> budgetar,
        List<Ekonomipaket.@Valid Overforing> overforingar,
        List<Ekonomipaket.@Valid Rekvisition> rekvisitioner,
        List<@Valid DatapaketStatistik> deltagarstatistik,
        List<Avvikelsepaket.@Valid Avvikelse> avvikelser,
        List<Slutrapportpaket.@Valid Slutrapport> slutrapporter) {

    public static final String FORMAT_1 = "uppfoljning-datapaket/1";
    public static final String FORMAT = "uppfoljning-datapaket/2";

    // no second constructor for version-1 callers: Yasson refuses a record with more than one

    public record Period(
            @NotNull(message = "År måste anges.") @Min(value = Ar.FORSTA, message = "Året måste vara " + Ar.FORSTA + " eller senare.")
            @Max(value = Ar.SISTA, message = "Året måste vara " + Ar.SISTA + " eller tidigare.") Integer ar,
            @NotNull(message = "Halvår måste anges.") @Min(value = 1, message = "Halvår är 1 eller 2.")
            @Max(value = 2, message = "Halvår är 1 eller 2.") Integer halvar) {
    }

    public record Fragebatteri(@NotNull(message = "År måste anges.") Integer ar,
                               @NotNull(message = "Från kvartal måste anges.") @Min(value = 1, message = "Kvartal är 1–4.") @Max(value = 4, message = "Kvartal är 1–4.") Integer franKvartal,
                               @NotNull(message = "Frågor måste anges.") @Size(min = 1, message = "Minst en fråga krävs.") List<@Valid Fraga> fragor) {
    }

    public record Fraga(@NotNull(message = "Kod måste anges.") @Pattern(regexp = "[a-z0-9_]{1,60}", message = "Frågekoden får bara innehålla a–z, siffror och understreck.") String kod,
                        @NotBlank(message = "Rubrik måste anges.") @Size(max = 200) String rubrik,
                        @NotBlank(message = "Frågetext måste anges.") @Size(max = 1000) String text,
                        @NotNull(message = "Svarstyp måste anges.") @Pattern(regexp = "JA_NEJ|JA_NEJ_DELVIS|OK_EJ_OK", message = "Svarstyp ska vara JA_NEJ, JA_NEJ_DELVIS eller OK_EJ_OK.") String svarstyp,
                        List<String> forklaringKravsVid) {
    }
}
