package se.finsam.uppfoljning.partner.entity;

/** The kinds of members of a samordningsförbund (FINSAM), plus the förbund's own office. */
public enum PartnerTyp {
    KOMMUN("Kommun"),
    REGION("Region"),
    ARBETSFORMEDLINGEN("Arbetsförmedlingen"),
    FORSAKRINGSKASSAN("Försäkringskassan"),
    KANSLI("Förbundets kansli");

    private final String label;

    PartnerTyp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
