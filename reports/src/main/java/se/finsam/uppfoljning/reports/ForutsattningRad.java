package se.finsam.uppfoljning.reports;

import java.util.Objects;

/** A row of Tabell 3 "Förutsättningar för utfall"; a bean for the same reason as {@link InsatsRad}. */
public final class ForutsattningRad {

    private final String grupp;
    private final String namn;
    private final String vakanserSof;
    private final String vakanserEgen;
    private final String avvikelserBudget;

    /** @param vakanserSof and the others: "Ja", "Nej" or "Saknas", as the PM prints them; null prints "–" */
    public ForutsattningRad(String grupp, String namn, String vakanserSof, String vakanserEgen, String avvikelserBudget) {
        this.grupp = Objects.requireNonNull(grupp, "Raden behöver en grupp.");
        this.namn = Objects.requireNonNull(namn, "Raden behöver insatsens namn.");
        this.vakanserSof = vakanserSof;
        this.vakanserEgen = vakanserEgen;
        this.avvikelserBudget = avvikelserBudget;
    }

    public String getGrupp() { return grupp; }
    public String getNamn() { return namn; }
    public String getVakanserSof() { return vakanserSof == null ? SwedishFormat.NONE : vakanserSof; }
    public String getVakanserEgen() { return vakanserEgen == null ? SwedishFormat.NONE : vakanserEgen; }
    public String getAvvikelserBudget() { return avvikelserBudget == null ? SwedishFormat.NONE : avvikelserBudget; }
}
