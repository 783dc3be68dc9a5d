package se.finsam.uppfoljning.plattform.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date in Swedish time. Lives in the shared kernel because the insats register (is an
 * insats running?) and the reporting components (is a quarter open, is a report late?) must agree
 * on what "today" is.
 */
@ApplicationScoped
public class Kalender {

    public static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");

    private final Clock clock = Clock.system(SVERIGE);

    public LocalDate idag() {
        return LocalDate.now(clock);
    }
}
