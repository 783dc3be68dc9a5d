package se.finsam.uppfoljning.avvikelse.entity;

/** The förbundschef's answer to a deviation: approved, approved in part (with an amount), or rejected. */
public enum BeslutUtfall {
    GODKAND("Godkänd"), DELVIS_GODKAND("Delvis godkänd"), AVSLAGEN("Avslagen");

    private final String label;

    BeslutUtfall(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
