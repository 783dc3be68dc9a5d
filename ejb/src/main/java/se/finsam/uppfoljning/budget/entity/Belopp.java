package se.finsam.uppfoljning.budget.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of money in öre. Amounts are never floating point: the PM's TSEK figures and
 * förbrukningskvoter are rounded from these only when presented (see the budget control classes).
 */
public record Belopp(long ore) implements Comparable<Belopp>, java.io.Serializable {

    public static final Belopp NOLL = new Belopp(0);

    public static Belopp kronor(long kronor) {
        return new Belopp(Math.multiplyExact(kronor, 100));
    }

    /**
     * An amount in kronor with at most two decimals (öre); more decimals are refused rather than
     * rounded, because a claim for money must say exactly what it claims.
     */
    public static Belopp kronor(BigDecimal kronor) {
        try {
            return new Belopp(kronor.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Beloppet får ha högst två decimaler (öre).", e);
        }
    }

    /** Reads what people type: "1 234 567", "1234567,50", "1234567.50" (kronor). */
    public static Belopp parse(String text) {
        String plain = text.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.');
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("Beloppet ska vara ett tal i kronor, till exempel 125000 eller 125000,50.");
        }
        return kronor(new BigDecimal(plain));
    }

    public BigDecimal kronor() {
        return BigDecimal.valueOf(ore, 2);
    }

    public Belopp plus(Belopp other) {
        return new Belopp(Math.addExact(ore, other.ore));
    }

    public Belopp minus(Belopp other) {
        return new Belopp(Math.subtractExact(ore, other.ore));
    }

    /** Half of the amount; an odd öre goes to this half (half up), so the other half is {@code minus(halva())}. */
    public Belopp halva() {
        return new Belopp(Math.floorDiv(ore + 1, 2));
    }

    public boolean isNegative() {
        return ore < 0;
    }

    public boolean isZero() {
        return ore == 0;
    }

    @Override
    public int compareTo(Belopp o) {
        return Long.compare(ore, o.ore);
    }

    /** Kronor with öre, as the audit trail stores it: "1130400.00". */
    @Override
    public String toString() {
        return kronor().toPlainString();
    }
}
