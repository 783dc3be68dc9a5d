package se.finsam.uppfoljning.insats.entity;

/** The kinds of insats the board prioritises between (individ first, then struktur, then kompetens). */
public enum InsatsTyp {
    INDIVIDINSATS("Individinsats"),
    STRUKTURINSATS("Strukturinsats"),
    KOMPETENSHOJANDE("Kompetenshöjande insats");

    private final String label;

    InsatsTyp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Every label ends in "insats", whose plural is "insatser": derived, not kept twice. */
    public String plural() {
        return label + "er";
    }
}
