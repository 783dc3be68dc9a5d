package se.finsam.uppfoljning.plattform.entity;

/**
 * The identity of an insats as every component refers to it. A type rather than a bare {@code long}
 * so that an insats id cannot be passed where a report's or a rekvisition's id is meant; it lives in
 * the shared kernel because every component above {@code insats} (and {@code pm} and {@code datapaket},
 * which may import no other component's entities) names insatser by it.
 */
public record InsatsId(long varde) implements java.io.Serializable {

    public InsatsId {
        if (varde <= 0) {
            throw new IllegalArgumentException("Ett insats-id är ett positivt heltal.");
        }
    }

    /** Digits from a path or a form; anything else is an IllegalArgumentException. */
    public static InsatsId parse(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("Ett insats-id är ett positivt heltal.");
        }
        return new InsatsId(Long.parseLong(text));
    }

    @Override
    public String toString() {
        return Long.toString(varde);
    }
}
