package se.finsam.uppfoljning.reports;

import java.util.Objects;

/** A line of the PM's table of contents: a section heading, its anchor and the page it starts on. */
public final class InnehallRad {

    private final String rubrik;
    private final String ankare;
    private final int sida;

    public InnehallRad(String rubrik, String ankare, int sida) {
        this.rubrik = Objects.requireNonNull(rubrik);
        this.ankare = Objects.requireNonNull(ankare);
        this.sida = sida;
    }

    public String getRubrik() { return rubrik; }
    public String getAnkare() { return ankare; }
    /** The page number as the footer prints it (the title page is not counted). */
    public String getSida() { return Integer.toString(sida); }

    @Override
    public String toString() {
        return rubrik + " " + sida;
    }
}
