package se.finsam.uppfoljning.reports;

/** A row of Tabell 3 "Förutsättningar för utfall"; a bean for the same reason as {@link InsatsRad}. */
public final class ForutsattningRad extends GrupperadRad {

    private final String vakanserSof;
    private final String vakanserEgen;
    private final String avvikelserBudget;

    /** @param vakanserSof and the others: "Ja", "Nej" or "Saknas", as the PM prints them; null prints "–" */
    public ForutsattningRad(String grupp, String namn, String vakanserSof, String vakanserEgen, String avvikelserBudget) {
        super(grupp, namn);
        this.vakanserSof = vakanserSof;
        this.vakanserEgen = vakanserEgen;
        this.avvikelserBudget = avvikelserBudget;
    }

    public String getVakanserSof() { return SwedishFormat.text(vakanserSof); }
    public String getVakanserEgen() { return SwedishFormat.text(vakanserEgen); }
    public String getAvvikelserBudget() { return SwedishFormat.text(avvikelserBudget); }
}
