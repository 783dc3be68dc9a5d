package se.finsam.uppfoljning.layout.boundary;

/** A layout of the PM in the library: what it is, the version in force and the newest version. */
public record LayoutView(String namn, String beskrivning, int publiceradVersion, int senasteVersion) {
}
