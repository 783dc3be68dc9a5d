package se.finsam.uppfoljning.plattform.entity;

/**
 * A calendar year the product keeps data for: 2000–2100. The one place that range is written; every
 * year that arrives from outside (a path, a form, a data package) becomes an {@code Ar} or is refused.
 */
public record Ar(int varde) implements Comparable<Ar>, java.io.Serializable {

    public static final int FORSTA = 2000;
    public static final int SISTA = 2100;

    public Ar {
        if (!giltigt(varde)) {
            throw new IllegalArgumentException("Året ligger utanför " + FORSTA + "–" + SISTA + ".");
        }
    }

    /** For decoders that collect every bad field instead of stopping at the first. */
    public static boolean giltigt(int varde) {
        return varde >= FORSTA && varde <= SISTA;
    }

    /** Text from a path or a form: digits only, in range; anything else is an IllegalArgumentException. */
    public static Ar parse(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            throw new IllegalArgumentException("Året skrivs med fyra siffror.");
        }
        return new Ar(Integer.parseInt(text));
    }

    public Ar foregaende() {
        return new Ar(varde - 1);
    }

    public Ar nasta() {
        return new Ar(varde + 1);
    }

    public Halvar halvar(int nummer) {
        return new Halvar(varde, nummer);
    }

    @Override
    public int compareTo(Ar o) {
        return Integer.compare(varde, o.varde);
    }

    @Override
    public String toString() {
        return Integer.toString(varde);
    }
}
