package se.finsam.uppfoljning.behorighet.web;

import se.finsam.uppfoljning.plattform.web.Fel;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The outcome of the last action of an administration page: a confirmation, or the refusal with its
 * field messages. Each page runs its actions through one, then reads its lists again.
 */
public class Atgard implements Serializable {

    private final Fel fel = new Fel();
    private String bekraftelse;

    /** Runs {@code action}; on success shows {@code done} and runs {@code reload}. */
    public boolean run(Supplier<?> action, String done, Runnable reload) {
        bekraftelse = null;
        try {
            action.get();
        } catch (RuntimeException e) {
            fel.take(e);
            return false;
        }
        fel.clear();
        bekraftelse = done;
        reload.run();
        return true;
    }

    public Fel getFel() {
        return fel;
    }

    public String getBekraftelse() {
        return bekraftelse;
    }
}
