package se.finsam.uppfoljning.reports;

/**
 * The traffic light of Tabell 2 as the report prints it. The rule that decides it lives with the
 * quarterly reports (kvartalsrapport.control.Trafikljus); this is only its printed form, so that
 * the report module depends on nothing but its own DTOs.
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
