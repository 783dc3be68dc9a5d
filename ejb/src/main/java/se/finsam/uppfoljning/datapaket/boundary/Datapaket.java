package se.finsam.uppfoljning.datapaket.boundary;

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
        @NotNull(message = "Insatser måste anges (tom lista om inga).") List<@Valid Insats> insatser,
        List<@Valid Fragebatteri> fragebatterier,
        List<@Valid Rapport> kvartalsrapporter,
        List<@Valid Budget> budgetar,
        List<@Valid Overforing> overforingar,
        List<@Valid Rekvisition> rekvisitioner,
        List<@Valid DatapaketStatistik> deltagarstatistik,
        List<Avvikelsepaket.@Valid Avvikelse> avvikelser,
        List<Avvikelsepaket.@Valid Slutrapport> slutrapporter) {

    public static final String FORMAT_1 = "uppfoljning-datapaket/1";
    public static final String FORMAT = "uppfoljning-datapaket/2";

    private static final String KOD = "[a-z0-9][a-z0-9-]{0,59}";

    // no second constructor for version-1 callers: Yasson refuses a record with more than one

    public record Period(
            @NotNull(message = "År måste anges.") @Min(value = Ar.FORSTA, message = "Året måste vara " + Ar.FORSTA + " eller senare.")
            @Max(value = Ar.SISTA, message = "Året måste vara " + Ar.SISTA + " eller tidigare.") Integer ar,
            @NotNull(message = "Halvår måste anges.") @Min(value = 1, message = "Halvår är 1 eller 2.")
            @Max(value = 2, message = "Halvår är 1 eller 2.") Integer halvar) {
    }

    public record Insats(
            @NotNull(message = "Kod måste anges.") @Pattern(regexp = KOD, message = "Koden får bara innehålla a–z, siffror och bindestreck (högst 60 tecken).") String kod,
            @NotBlank(message = "Namn måste anges.") @Size(max = 300, message = "Namnet får vara högst 300 tecken.") String namn,
            @NotBlank(message = "Kortnamn måste anges.") @Size(max = 300, message = "Kortnamnet får vara högst 300 tecken.") String kortnamn,
            @NotNull(message = "Typ måste anges.") @Pattern(regexp = "INDIVIDINSATS|STRUKTURINSATS|KOMPETENSHOJANDE", message = "Typ ska vara INDIVIDINSATS, STRUKTURINSATS eller KOMPETENSHOJANDE.") String typ,
            @NotBlank(message = "Insatsägare måste anges.") String agare,
            List<String> samverkansparter,
            @NotNull(message = "Startdatum måste anges.") LocalDate start,
            @NotNull(message = "Slutdatum måste anges.") LocalDate slut,
            List<@Valid Forlangning> forlangningar,
            @NotNull(message = "Status måste anges.") @Pattern(regexp = "AKTIV|AVSLUTAD", message = "Status ska vara AKTIV eller AVSLUTAD.") String status,
            @Size(max = 2000, message = "Målgruppen får vara högst 2000 tecken.") String malgrupp,
            List<@Valid Mal> mal,
            List<@Valid Ledamot> styrgrupp,
            List<@Valid Tilldelning> tilldelningar,
            Integer sortering) {
    }

    public record Forlangning(@NotNull(message = "Nytt slutdatum måste anges.") LocalDate slut,
                              @NotNull(message = "Beslutsdatum måste anges.") LocalDate beslutsdatum,
                              @NotBlank(message = "Beslutsfattare måste anges.") @Size(max = 100) String beslutAv) {
    }

    public record Mal(@NotNull(message = "Målets nummer måste anges.") @Min(value = 1, message = "Målnummer börjar på 1.") Integer nummer,
                      @NotBlank(message = "Målets beskrivning måste anges.") @Size(max = 2000, message = "Beskrivningen får vara högst 2000 tecken.") String beskrivning,
                      @Size(max = 500, message = "Målvärdet får vara högst 500 tecken.") String malvarde) {
    }

    public record Ledamot(@NotBlank(message = "Namn måste anges.") @Size(max = 200) String namn,
                          @NotBlank(message = "Organisation måste anges.") String organisation) {
    }

    public record Tilldelning(@NotBlank(message = "Användare måste anges.") @Size(max = 200) String anvandare,
                              @NotNull(message = "Roll måste anges.") @Pattern(regexp = "rapportor|styrgrupp", message = "Roll ska vara rapportor eller styrgrupp.") String roll) {
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

    public record Rapport(@NotBlank(message = "Insatsens kod måste anges.") String insats,
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
    }

    public record Malsvar(@NotNull(message = "Målnummer måste anges.") Integer nummer, String status, String prognos,
                          @Size(max = 4000, message = "Kommentaren får vara högst 4000 tecken.") String kommentar) {
    }

    public record Svar(@NotBlank(message = "Frågans kod måste anges.") String fraga, String svar,
                       @Size(max = 4000, message = "Förklaringen får vara högst 4000 tecken.") String forklaring) {
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
