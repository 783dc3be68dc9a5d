package se.finsam.uppfoljning.kvartalsrapport.entity;

/** "Styrgruppens prognos för måluppfyllelse". The wording changed during 2022; both are kept. */
public enum Prognos {
    JA("Ja", true), MALEN_KOMMER_NAS("Målen kommer nås", true),
    MALEN_KOMMER_INTE_NAS_FULLT_UT("Målen kommer inte nås fullt ut", false),
    NEJ("Nej", false), MALEN_KOMMER_INTE_NAS("Målen kommer inte nås", false);

    private final String label;
    private final boolean positive;

    Prognos(String label, boolean positive) {
        this.label = label;
        this.positive = positive;
    }

    public String label() {
        return label;
    }

    public boolean positive() {
        return positive;
    }
}
