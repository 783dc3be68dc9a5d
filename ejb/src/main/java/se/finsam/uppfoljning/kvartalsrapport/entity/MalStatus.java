package se.finsam.uppfoljning.kvartalsrapport.entity;

/** "Insatsen ligger i fas gällande uppsatta mål", worst last. */
public enum MalStatus {
    JA("Ja"), JA_I_STORT_SETT("Ja, i stort sett"), DELVIS("Delvis"), NEJ_INTE_FULLT_UT("Nej, inte fullt ut");

    private final String label;

    MalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
