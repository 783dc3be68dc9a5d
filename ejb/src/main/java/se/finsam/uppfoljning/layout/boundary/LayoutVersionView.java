package se.finsam.uppfoljning.layout.boundary;

import java.time.Instant;

/**
 * One version of a layout. {@code status} is {@code UTKAST} until it is first published, then
 * {@code PUBLICERAD}; {@code aktuell} marks the one the förbund's PMs are rendered with now.
 * Version 1 is the build's own ({@code skapadAv} "bygget").
 */
public record LayoutVersionView(String namn, int version, String status, boolean aktuell, String kommentar,
                                String skapadAv, Instant skapadAt, String publiceradAv, Instant publiceradAt) implements java.io.Serializable {
}
