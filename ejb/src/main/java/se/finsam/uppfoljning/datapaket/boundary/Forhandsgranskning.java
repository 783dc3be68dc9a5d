package se.finsam.uppfoljning.datapaket.boundary;

import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.util.List;

/**
 * What importing a package would do, without doing it: per insats whether the register gets a new
 * insats, changes one or leaves it, and which parts the package writes for it; then the import's own
 * verdict — the counts it would write, or the refusal it would give (code, message, fields), which
 * is exactly what importing it gives.
 */
public record Forhandsgranskning(boolean godtas, Datapaketering.Resultat resultat, String kod, String meddelande,
                                 List<FieldError> fel, List<Insatsandring> insatser) implements java.io.Serializable {

    /** @param register NY, ANDRAS, OFORANDRAD, or EJ_I_PAKETET (a registered insats the package only adds parts to) */
    public record Insatsandring(String kod, String namn, String register, List<String> delar) implements java.io.Serializable {
    }
}
