package se.finsam.uppfoljning.budget.entity;

/** Where a rekvisition is: with the office, paid out (counts as utfall), or back with the rapportör. */
public enum RekvisitionStatus {
    INSKICKAD("Inskickad"), GODKAND("Godkänd"), RETURNERAD("Returnerad");

    private final String label;

    RekvisitionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
