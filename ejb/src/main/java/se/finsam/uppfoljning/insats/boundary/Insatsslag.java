package se.finsam.uppfoljning.insats.boundary;

import se.finsam.uppfoljning.insats.entity.InsatsTyp;

import java.util.List;

/**
 * A kind of insats as the readers above the register print it (the PM groups its tables by these),
 * so that they need not import the register's entity enum.
 *
 * @param typ the kind's name ({@code INDIVIDINSATS} ...)
 */
public record Insatsslag(String typ, String label, String plural) {

    public static final Insatsslag INDIVIDINSATS = of(InsatsTyp.INDIVIDINSATS);
    public static final Insatsslag STRUKTURINSATS = of(InsatsTyp.STRUKTURINSATS);
    public static final Insatsslag KOMPETENSHOJANDE = of(InsatsTyp.KOMPETENSHOJANDE);

    /** Every kind, in the board's order of priority (individ, struktur, kompetens). */
    public static List<Insatsslag> alla() {
        return List.of(INDIVIDINSATS, STRUKTURINSATS, KOMPETENSHOJANDE);
    }

    static Insatsslag of(InsatsTyp t) {
        return new Insatsslag(t.name(), t.label(), t.plural());
    }
}
