package se.finsam.uppfoljning.attgora.rest;

import java.time.LocalDate;

/**
 * One thing waiting for the signed-in person, with the address of the page where it is done.
 * Codes, not sentences: the widget words them in the host page's language. {@code kvartal},
 * {@code frist} and {@code status} are null where the kind has none (a deviation);
 * {@code status} is the report's ({@code EJ_PABORJAD}, {@code UTKAST}, ...) or the rekvisition's.
 */
public record Uppgift(Slag slag, long insatsId, String insats, Integer ar, Integer kvartal, String status,
                      LocalDate frist, boolean sen, String lank) {

    /** The kinds, in the order the widget lists them. */
    public enum Slag {
        /** A quarterly report the rapportör has yet to submit (not begun or a draft). */
        RAPPORT_ATT_LAMNA,
        /** A quarterly report the office returned to the rapportör. */
        RAPPORT_RETURNERAD,
        /** A submitted report waiting for the office's review. */
        RAPPORT_ATT_GRANSKA,
        /** A quarter past its deadline without a submitted report (the office's list). */
        RAPPORT_SEN,
        /** A submitted rekvisition waiting for the office. */
        REKVISITION_ATT_GRANSKA,
        /** A rekvisition the office returned to the rapportör. */
        REKVISITION_RETURNERAD,
        /** A deviation waiting for the förbundschef's decision. */
        AVVIKELSE_ATT_BESLUTA
    }
}
