package se.finsam.uppfoljning.insats.entity;

/** The kinds of insats the board prioritises between (individ first, then struktur, then kompetens). */
public enum InsatsTyp {
    INDIVIDINSATS("Individinsats", "Individinsatser"),
    STRUKTURINSATS("Strukturinsats", "Strukturinsatser"),
    KOMPETENSHOJANDE("Kompetenshöjande insats", "Kompetenshöjande insatser");

    private final String label;
    private final String plural;

    InsatsTyp(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }
}
