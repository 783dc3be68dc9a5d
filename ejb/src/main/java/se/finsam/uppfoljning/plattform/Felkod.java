package se.finsam.uppfoljning.plattform;

import se.finsam.uppfoljning.plattform.control.Oversattning;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

/**
 * One entry of a component's error catalogue: a stable code that clients and tests program
 * against, the kind of refusal (which decides the HTTP status) and the Swedish message template.
 * Each component keeps its codes in one enum implementing this ({@code KvartalsrapportFel}, ...),
 * listed in {@code docs/felkoder.md}. A code means one thing and is never reused; a retired code is
 * listed there, not handed out again. The enum constant holds its {@link Fel}; the accessors here
 * read it, so no catalogue writes them again.
 */
public interface Felkod {

    /** The code, kind and template this entry stands for. */
    Fel fel();

    /** {@code KVR-004}: the component's prefix, a dash and three digits. */
    default String code() {
        return fel().code();
    }

    default UppfoljningException.Kind kind() {
        return fel().kind();
    }

    /** The message for people, with {@code {0}}, {@code {1}}, ... where the arguments go. */
    default String template() {
        return fel().template();
    }

    /** The template with its arguments filled in ({@link Mall}). */
    default String message(Object... args) {
        Oversattning.kand(this);
        return Mall.fyll(template(), args);
    }
}
