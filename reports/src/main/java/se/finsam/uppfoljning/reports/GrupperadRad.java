package se.finsam.uppfoljning.reports;

import java.util.Objects;

/**
 * A row of a table the PM prints in groups of insatser of one kind (tables 1, 2, 3 and 5): the
 * heading of the row's group and the insats' name. Rows of one group must be adjacent, in the order
 * they are to be printed. Public, with public getters: JasperReports reads a bean's fields through
 * its JavaBeans getters, inherited ones included.
 */
public abstract class GrupperadRad {

    private final String grupp;
    private final String namn;

    /** @param grupp the heading of the row's group, e.g. "Individinsatser" */
    protected GrupperadRad(String grupp, String namn) {
        this.grupp = Objects.requireNonNull(grupp, "Raden behöver en grupp.");
        this.namn = Objects.requireNonNull(namn, "Raden behöver insatsens namn.");
    }

    public String getGrupp() {
        return grupp;
    }

    public String getNamn() {
        return namn;
    }
}
