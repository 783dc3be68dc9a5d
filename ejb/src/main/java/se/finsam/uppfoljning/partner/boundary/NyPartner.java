package se.finsam.uppfoljning.partner.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.finsam.uppfoljning.partner.entity.PartnerTyp;

/** A partner agency to register in the caller's förbund. */
public record NyPartner(
        @NotBlank(message = "Organisation måste anges.")
        @Size(max = 60, message = "Organisation får vara högst 60 tecken.")
        @Pattern(regexp = "[a-z0-9-]+", message = "Organisation får bara innehålla a–z, siffror och bindestreck.")
        String organisation,
        @NotBlank(message = "Namn måste anges.")
        @Size(max = 200, message = "Namn får vara högst 200 tecken.")
        String namn,
        @NotNull(message = "Typ måste anges (KOMMUN, REGION, ARBETSFORMEDLINGEN, FORSAKRINGSKASSAN eller KANSLI).")
        PartnerTyp typ) {
}
