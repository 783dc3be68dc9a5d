package se.finsam.uppfoljning.attgora.rest;

import java.util.List;

/** The signed-in person's to-do, in the order of {@link Uppgift.Slag}, each kind by deadline. */
public record AttGora(String anvandare, List<Uppgift> uppgifter) {
}
