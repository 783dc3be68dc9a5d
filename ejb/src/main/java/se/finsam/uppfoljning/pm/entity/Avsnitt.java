package se.finsam.uppfoljning.pm.entity;

/**
 * The PM's narrative sections that the office writes, in the order the PM prints them. Each names
 * the place in the document, so the page can say where the text will appear.
 */
public enum Avsnitt {
    BAKGRUND("Bakgrund", "Under rubriken Bakgrund, efter sammanfattningen."),
    MAL_KOMMENTAR("Kommentarer till målen", "Efter tabell 2 Nuläge mål."),
    KVALITET_KOMMENTAR("Kvalitetssäkring", "Efter tabell 5 Kvalitetssäkring."),
    REFLEKTIONER("Sammanfattning och reflektioner", "Sist i PM:et.");

    private final String rubrik;
    private final String plats;

    Avsnitt(String rubrik, String plats) {
        this.rubrik = rubrik;
        this.plats = plats;
    }

    public String rubrik() {
        return rubrik;
    }

    public String plats() {
        return plats;
    }
}
