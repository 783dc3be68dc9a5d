package se.finsam.uppfoljning.kvartalsrapport.entity;

/** "Styrgruppens prognos för måluppfyllelse". The wording changed during 2022; both are kept. */
public enum Prognos {
    JA("Ja"), MALEN_KOMMER_NAS("Målen kommer nås"),
    MALEN_KOMMER_INTE_NAS_FULLT_UT("Målen kommer inte nås fullt ut"),
    NEJ("Nej"), MALEN_KOMMER_INTE_NAS("Målen kommer inte nås");

    private final String label;

    Prognos(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the goals will be met: the old "Ja" and the new wording that means it; all others say no. */
    public boolean positive() {
        return this == JA || this == MALEN_KOMMER_NAS;
    }
}
