package se.finsam.uppfoljning.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of Tabell 1. A bean with getters rather than a record because JasperReports reads the
 * fields of a bean collection through JavaBeans getters; dates are handed to the layout already
 * formatted, so the layouts need no date classes (and the expression class filter allows none).
 */
public final class InsatsRad extends GrupperadRad {

    private final String agare;
    private final LocalDate start;
    private final LocalDate slut;
    private final boolean forlangd;

    /**
     * @param grupp    the heading of the row's group, e.g. "Individinsatser"; rows of one group
     *                 must be adjacent, in the order they are to be printed
     * @param agare    the insats owner ("insatsägare"); may be null when unknown
     * @param slut     the end date in force at the end of the half-year; null for an open end
     * @param forlangd extended during the half-year: the end date gets the PM's asterisk
     */
    public InsatsRad(String grupp, String namn, String agare, LocalDate start, LocalDate slut, boolean forlangd) {
        super(grupp, namn);
        this.agare = agare;
        this.start = Objects.requireNonNull(start, "Raden behöver ett startdatum.");
        this.slut = slut;
        this.forlangd = forlangd;
    }



    public String getAgare() {
        return SwedishFormat.text(agare);
    }

    public String getStart() {
        return SwedishFormat.date(start);
    }

    public String getSlut() {
        return SwedishFormat.date(slut);
    }

    public Boolean getForlangd() {
        return forlangd;
    }
}
