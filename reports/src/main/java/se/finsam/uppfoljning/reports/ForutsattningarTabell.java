package se.finsam.uppfoljning.reports;

import java.util.List;
import java.util.Objects;

/**
 * Tabell 3 "Förutsättningar för utfall": per insats, vacancies in posts paid by the förbund and by
 * the parties themselves, and whether a budget deviation came in during the half-year.
 */
public record ForutsattningarTabell(List<ForutsattningRad> rader) implements PmTabell {

    public ForutsattningarTabell {
        rader = List.copyOf(Objects.requireNonNull(rader, "Tabell 3 behöver sina rader."));
    }

    @Override
    public int nummer() {
        return 3;
    }
}
