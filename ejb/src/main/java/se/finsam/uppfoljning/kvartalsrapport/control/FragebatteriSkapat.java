package se.finsam.uppfoljning.kvartalsrapport.control;

/** A new question set was persisted for the förbund; fired in the transaction that creates it. */
public record FragebatteriSkapat(String forbund) {
}
