package se.finsam.uppfoljning.reports;

import java.util.List;
import java.util.Map;

/**
 * One numbered table of the PM ("Tabell 1. Insatser"), laid out by its own subreport
 * {@code pm-tabell-<nummer>.jrxml} and filled from its rows as a bean collection.
 *
 * <p>How a table plugs in (tables 3–9 the same way): a record implementing this interface with a
 * row class whose getters are the layout's fields; the layout {@code pm-tabell-<n>.jrxml}; a band in
 * {@code pm.jrxml} whose subreport reads {@code TABELL_<n>_LAYOUT}, {@code TABELL_<n>_DATA} and
 * {@code TABELL_<n>_PARAMETRAR}; and the number in {@link PmRenderer#TABELLER}. The engine passes those
 * three parameters for every table the report holds, so a missing table is a band that does not
 * print, never a half-filled one.
 */
public sealed interface PmTabell permits InsatserTabell, NulageMalTabell, ForutsattningarTabell, BudgetTabell, KvalitetTabell, DeltagareTabell, StatistikTabell, SnittdagarDiagram {

    /** The number printed in the caption and used in the layout's and parameters' names. */
    int nummer();

    /** The rows, each a bean whose getters are the subreport's fields. */
    List<?> rader();

    /** The table's sheet in the XLSX ("Tabell 3"; the target group and the chart have names of their own). */
    default String arknamn() {
        return "Tabell " + nummer();
    }

    /** Parameters of the table's own layout (a footnote, a column heading that names the year). */
    default Map<String, Object> parametrar() {
        return Map.of();
    }
}
