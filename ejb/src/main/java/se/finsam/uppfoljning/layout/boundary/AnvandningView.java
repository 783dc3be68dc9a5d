package se.finsam.uppfoljning.layout.boundary;

import java.time.Instant;
import java.util.Map;

/** A rendered PM and the layout versions that rendered it. */
public record AnvandningView(int ar, int halvar, String format, Map<String, Integer> versioner, Instant renderadAt) {
}
