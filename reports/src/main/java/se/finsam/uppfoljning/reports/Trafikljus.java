package se.finsam.uppfoljning.reports;

/**
 * The traffic light of an insats: the one type from the rule that decides it (kvartalsrapport's
 * {@code Trafikljusregel}) through the DTOs to Tabell 2 of the layout. It lives here because the
 * reports module sees no other module's classes while the others see it; its name is the code the
 * API and the layout's conditional style use, its label the words printed beside the colour.
 */
public enum Trafikljus {
    GRON("Grön"), GUL("Gul"), ROD("Röd"), INGEN("Ingen bedömning");

    private final String label;

    Trafikljus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
