package se.finsam.uppfoljning.avvikelse.entity;

/** What a deviation is about; only a budget deviation asks to move money to the next year. */
public enum AvvikelseTyp {
    BUDGET("Budget"), MAL("Mål"), MALGRUPP("Målgrupp"), METOD("Metod"), ANTAL_DELTAGARE("Antal deltagare");

    private final String label;

    AvvikelseTyp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
