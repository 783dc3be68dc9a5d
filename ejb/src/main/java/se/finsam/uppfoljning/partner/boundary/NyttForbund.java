package se.finsam.uppfoljning.partner.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new förbund: its code (lower-case, as {@link se.finsam.uppfoljning.plattform.entity.ForbundKod}
 * requires), its name and the alias of the organisation its office signs in through.
 */
public record NyttForbund(
        @NotBlank(message = "Kod måste anges.")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "Koden är 1–40 tecken: a–z, siffror och bindestreck.")
        String kod,
        @NotBlank(message = "Namn måste anges.")
        @Size(max = 200, message = "Namn får vara högst 200 tecken.")
        String namn,
        @NotBlank(message = "Kansliets organisation måste anges.")
        @Size(max = 60, message = "Kansliets organisation får vara högst 60 tecken.")
        @Pattern(regexp = "[a-z0-9-]+", message = "Kansliets organisation får bara innehålla a–z, siffror och bindestreck.")
        String kansli) {
}
