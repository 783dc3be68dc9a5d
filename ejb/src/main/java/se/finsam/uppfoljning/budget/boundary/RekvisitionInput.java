package se.finsam.uppfoljning.budget.boundary;

import jakarta.json.JsonValue;

import java.util.List;

/** A rapportör's rekvisition for a quarter; cost lines are optional but, if given, add up to the amount. */
public record RekvisitionInput(Integer ar, Integer kvartal, JsonValue belopp, List<Rad> kostnadsrader, String meddelande) {

    public record Rad(String text, JsonValue belopp) {
    }
}
