package se.finsam.uppfoljning.insats.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * One insats of a half-year data package ({@code insatser} of {@code Datapaket}): the register's
 * own part of the package format, read in by {@link Insatsregister#lasIn} and written by
 * {@link Insatsregister#exportera}. Partners are named by their organisation code.
 */
public record Insatspost(
        @NotNull(message = "Kod måste anges.") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "Koden får bara innehålla a–z, siffror och bindestreck (högst 60 tecken).") String kod,
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
}
