package se.finsam.uppfoljning.kvartalsrapport.boundary;

import java.util.List;

/**
 * A question set as the API shows it: the year, the quarter it applies from and its questions.
 * Kvartalsrapport's own shape, so that the data package (which sits above) maps from it and not
 * the other way round.
 */
public record FragebatteriView(Integer ar, Integer franKvartal, List<FragaView> fragor) {
}
