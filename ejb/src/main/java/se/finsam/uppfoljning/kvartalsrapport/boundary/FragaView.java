package se.finsam.uppfoljning.kvartalsrapport.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * One quality question, read and written through the API. The constraints are the same as the data
 * package's ({@code Datapaket.Fraga}), so a question accepted by one path is accepted by the other.
 *
 * @param forklaringKravsVid the answer codes that require an explanation
 */
public record FragaView(
        @NotNull(message = "Kod måste anges.") @Pattern(regexp = "[a-z0-9_]{1,60}", message = "Frågekoden får bara innehålla a–z, siffror och understreck.") String kod,
        @NotBlank(message = "Rubrik måste anges.") @Size(max = 200) String rubrik,
        @NotBlank(message = "Frågetext måste anges.") @Size(max = 1000) String text,
        @NotNull(message = "Svarstyp måste anges.") @Pattern(regexp = "JA_NEJ|JA_NEJ_DELVIS|OK_EJ_OK", message = "Svarstyp ska vara JA_NEJ, JA_NEJ_DELVIS eller OK_EJ_OK.") String svarstyp,
        List<String> forklaringKravsVid) implements java.io.Serializable {
}
