package se.finsam.uppfoljning.deltagare.boundary;

import se.finsam.uppfoljning.deltagare.control.Regelbrott;

import java.util.List;
import java.util.Map;

/**
 * What saving one post of a batch would do, before anything is written.
 *
 * @param finns   figures are recorded for the insats and period already
 * @param andras  saving would change them (false: importing the same figures again changes nothing)
 * @param brott   every broken rule
 * @param hindrar the broken rules that refuse the batch (not explainable, or without explanation)
 * @param forklaringar the explanations saving keeps: those of rules the figures break
 */
public record Forhandsgranskning(long insatsId, String insats, int ar, int halvar, boolean finns, boolean andras,
                                 List<Regelbrott> brott, List<Regelbrott> hindrar, Map<String, String> forklaringar) {
}
