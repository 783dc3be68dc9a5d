package se.finsam.uppfoljning.reports;

import java.util.Objects;

/**
 * One thing the layout check found wrong with an uploaded layout, in Swedish, with the line of the
 * .jrxml it concerns where one can be named.
 *
 * @param typ        what kind of refusal (the layout component maps it to its error code)
 * @param rad        the line in the uploaded .jrxml, or 0 where the finding concerns the whole file
 * @param meddelande what is wrong and what to do, for the designer
 */
public record Fynd(Typ typ, int rad, String meddelande) {

    /** The kinds of finding, roughly in the order the check runs. */
    public enum Typ {
        /** Larger than the size cap. */
        STORLEK,
        /** Not a .jrxml text: a serialized .jasper, a zip, a binary. */
        INTE_JRXML,
        /** Not well-formed XML, or a DOCTYPE/entity (XXE, billion laughs). */
        XML,
        /** An element, attribute or property a layout may not use (scriptlets, queries, templates …). */
        OTILLATET,
        /** A URL or file path where only the PM's own layouts and data may be named. */
        ADRESS,
        /** An expression with a loop, block, lambda or a method that can lock the server. */
        UTTRYCK,
        /** A field or parameter that the PM's data source does not offer. */
        OKANT_NAMN,
        /** The layout does not compile. */
        KOMPILERING,
        /** An expression reaches for a class outside the allow-list. */
        KLASS,
        /** Compiling or filling took longer than allowed. */
        TIDSGRANS,
        /** Filling gave more pages than allowed. */
        SIDGRANS,
        /** Filling failed for another reason. */
        FYLLNING
    }

    public Fynd {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(meddelande, "meddelande");
    }

    /** "Rad 42: …" or the message alone. */
    public String text() {
        return rad > 0 ? "Rad " + rad + ": " + meddelande : meddelande;
    }
}
