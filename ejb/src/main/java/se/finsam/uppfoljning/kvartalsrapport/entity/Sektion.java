package se.finsam.uppfoljning.kvartalsrapport.entity;

/** The parts of a quarterly report the office can comment on when it returns it. */
public enum Sektion {
    MAL("Mål"), RESURSER("Vakanser och budget"), KVALITET("Kvalitetsfrågor"), OVRIGT("Övrigt");

    private final String label;

    Sektion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
