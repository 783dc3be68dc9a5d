package se.finsam.uppfoljning.avvikelse.boundary;

import jakarta.json.JsonValue;

import java.time.LocalDate;

/**
 * The förbundschef's decision: {@code utfall} GODKAND, DELVIS_GODKAND (with {@code belopp}, kronor)
 * or AVSLAGEN, a motivation, the decision date (today when left out), and for a correction the id of
 * the decision in force that it replaces.
 */
public record BeslutInput(String utfall, JsonValue belopp, String motivering, LocalDate beslutsdatum, Long ersatter) {
}
