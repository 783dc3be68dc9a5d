package se.finsam.uppfoljning.pm.control;

import java.time.Instant;
import java.util.Map;

/**
 * Fired (CDI event) every time a PM is rendered to a file: which förbund and half-year, which format,
 * and which version of each layout rendered it. The layout library records it; the PM itself does not
 * know the library exists (it sits above the PM).
 */
public record PmRenderad(String forbundKod, int ar, int halvar, PmFormat format, Map<String, Integer> layoutversioner,
                         Instant nar) {

    public PmRenderad {
        layoutversioner = Map.copyOf(layoutversioner);
    }
}
