package se.finsam.uppfoljning.pm.boundary;

import java.util.Map;

/**
 * Everything a PM prints, as data: the förbund's name, the computed tables and the texts (the
 * sentences the product writes and the office's narrative), keyed by the report's text slots. A
 * draft builds it from live data on every request; freezing stores it as JSON, and the frozen PM is
 * rendered from it for ever after. "What changed since freezing" compares a stored one with a live one.
 *
 * @param texter markup per slot of {@link se.finsam.uppfoljning.reports.PmText} (by name)
 */
public record PmUnderlag(String forbund, int ar, int halvar, Map<String, String> texter,
                         Tabell1 tabell1, Tabell2 tabell2, Tabell3 tabell3, Tabell4 tabell4, Tabell5 tabell5) {

    public PmUnderlag {
        texter = texter == null ? Map.of() : Map.copyOf(texter);
    }
}
