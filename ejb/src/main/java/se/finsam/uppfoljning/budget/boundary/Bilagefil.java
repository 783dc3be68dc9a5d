package se.finsam.uppfoljning.budget.boundary;

/** A rekvisition's attachment to hand out: its name, the content type sniffed when it came in, its bytes. */
public record Bilagefil(String filnamn, String contentType, byte[] innehall) {
}
