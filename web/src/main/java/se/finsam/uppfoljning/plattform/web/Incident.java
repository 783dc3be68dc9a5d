package se.finsam.uppfoljning.plattform.web;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected error's id: logged with the stack trace, shown to the person (page or problem body)
 * instead of it, so that support finds the log entry from what the person reports.
 */
public final class Incident {

    private Incident() {
    }

    /** Logs the error under a new id and returns the id. */
    public static String log(Logger log, Throwable e) {
        String incident = Long.toString(System.nanoTime(), 36);
        log.log(Level.SEVERE, "Oväntat fel, incident " + incident, e);
        return incident;
    }
}
