package se.finsam.uppfoljning.layout.boundary;

import java.util.List;

/** The layout check's verdict on an uploaded source: passed, or the findings with their lines. */
public record GranskningView(String namn, boolean godkand, List<FyndView> fynd) implements java.io.Serializable {

    /** One finding: its kind, the line of the .jrxml (0 for the whole file) and what to do. */
    public record FyndView(String typ, int rad, String meddelande) implements java.io.Serializable {
    }
}
