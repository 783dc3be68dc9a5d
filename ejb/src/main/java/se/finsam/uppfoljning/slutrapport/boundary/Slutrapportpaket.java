package se.finsam.uppfoljning.slutrapport.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The final reports of a version-2 data package (array {@code slutrapporter} of {@code Datapaket}):
 * slutrapport's own part of the package format, read in and written by {@link Slutrapportering}.
 */
public final class Slutrapportpaket {

    private Slutrapportpaket() {
    }

    public record Slutrapport(@NotBlank(message = "Insatsens kod måste anges.") String insats,
                              @NotBlank(message = "Syfte måste anges.") @Size(max = 8000, message = "Syftet får vara högst 8000 tecken.") String syfte,
                              @NotNull(message = "Målen måste anges.") List<@Valid Malutfall> mal,
                              @Size(max = 20000, message = "Sammanfattningen får vara högst 20000 tecken.") String sammanfattning,
                              @Size(max = 8000, message = "Högst 8000 tecken.") String leverVidare,
                              List<@NotBlank(message = "En länk får inte vara tom.") @Size(max = 2000) String> lankar) {
    }

    public record Malutfall(@NotNull(message = "Målnummer måste anges.") @Min(value = 1, message = "Målnummer börjar på 1.") Integer nummer,
                            @NotBlank(message = "Utfall måste anges.") @Size(max = 8000, message = "Utfallet får vara högst 8000 tecken.") String utfall,
                            @NotNull(message = "Ange om målet uppnåddes.") Boolean uppnatt) {
    }
}
