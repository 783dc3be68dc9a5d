package se.finsam.uppfoljning.reports;

import java.util.List;
import java.util.Objects;

/**
 * Tabell 2 "Nuläge mål": per insats that continues after the half-year, whether it is on track with
 * its goals, the steering group's prognosis, and the traffic light the office derives from them.
 */
public record NulageMalTabell(List<NulageMalRad> rader) implements PmTabell {

    public NulageMalTabell {
        rader = List.copyOf(Objects.requireNonNull(rader, "Tabell 2 behöver sina rader."));
    }

    @Override
    public int nummer() {
        return 2;
    }
}
