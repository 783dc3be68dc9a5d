package se.finsam.uppfoljning.deltagare.boundary;

import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;

import java.util.Map;

/**
 * One insats' figures for one period in a batch (the SUS import): the insats by id, the period
 * (halvår 1 = January–June, halvår 2 = the whole year), the figures with any totals the file
 * states ({@link Deltagarsiffror#angivnaSummor()}), and explanations per rule code.
 */
public record Inlasningspost(long insatsId, int ar, int halvar, Deltagarsiffror siffror, Map<String, String> forklaringar) {
}
