package se.finsam.uppfoljning.deltagare.control;

import se.finsam.uppfoljning.deltagare.DeltagareFel;

/**
 * One broken consistency rule: its stable code, the field it concerns (as the form and the JSON
 * name it, e.g. {@code pagaendeSlut.k}), a Swedish message, and whether an explanation lets the
 * figures be saved anyway.
 */
public record Regelbrott(String kod, String falt, String meddelande, boolean forklarbar) implements java.io.Serializable {

    static Regelbrott of(DeltagareFel fel, String falt, boolean forklarbar, Object... args) {
        return new Regelbrott(fel.code(), falt, fel.message(args), forklarbar);
    }
}
