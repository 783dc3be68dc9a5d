package se.finsam.uppfoljning.kvartalsrapport.entity;

public enum RapportStatus {
    UTKAST("Utkast"), INSKICKAD("Inskickad"), RETURNERAD("Returnerad"), GODKAND("Godkänd");

    private final String label;

    RapportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == UTKAST || this == RETURNERAD;
    }
}
