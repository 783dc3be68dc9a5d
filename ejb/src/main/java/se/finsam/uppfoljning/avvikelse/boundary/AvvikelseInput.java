package se.finsam.uppfoljning.avvikelse.boundary;

import jakarta.json.JsonValue;

/**
 * A deviation report as a rapportör or a steering-group member files it. {@code typ} is one of
 * BUDGET, MAL, MALGRUPP, METOD, ANTAL_DELTAGARE; a budget deviation names the year ({@code ar}) and
 * may ask to move an amount (kronor, number or typed text) of its unused funds to the next year.
 */
public record AvvikelseInput(String typ, String beskrivning, Integer ar, JsonValue begartBelopp) {
}
