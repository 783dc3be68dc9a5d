package se.finsam.uppfoljning.kvartalsrapport.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a rapportör saves. {@code version} is the version the edit started from: 0 for a report not
 * yet started. Answers left out stay as they were; an answer sent as null is cleared.
 */
public record Utkast(
        @NotNull(message = "Version måste anges (0 för en ny rapport).") @Min(value = 0, message = "Version kan inte vara negativ.")
        Long version,
        @Valid List<MalInput> mal,
        Boolean vakansSof,
        Boolean vakansEgen,
        Boolean budgetavvikelseInskickad,
        @Valid List<SvarInput> svar,
        @Size(max = 4000, message = "Meddelandet får vara högst 4000 tecken.") String meddelande) {

    public record MalInput(
            @NotNull(message = "Målets nummer måste anges.") Integer nummer,
            String status,
            String prognos,
            @Size(max = 4000, message = "Kommentaren får vara högst 4000 tecken.") String kommentar) {
    }

    public record SvarInput(
            @NotNull(message = "Frågans kod måste anges.") String fraga,
            String svar,
            @Size(max = 4000, message = "Förklaringen får vara högst 4000 tecken.") String forklaring) {
    }
}
