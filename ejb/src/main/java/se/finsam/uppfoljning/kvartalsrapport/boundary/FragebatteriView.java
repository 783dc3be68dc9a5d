package se.finsam.uppfoljning.kvartalsrapport.boundary;

import java.util.List;

/**
 * A question set as the API shows it: the year, the quarter it applies from, its questions and the
 * version read (which a save sends back, so a save over someone else's change is refused).
 * Kvartalsrapport's own shape, so that the data package (which sits above) maps from it and not
 * the other way round.
 */
public record FragebatteriView(Integer ar, Integer franKvartal, List<FragaView> fragor, Long version) implements java.io.Serializable {

    /** A set as the data package carries it: without a version, which only this register knows. */
    public FragebatteriView(Integer ar, Integer franKvartal, List<FragaView> fragor) {
        this(ar, franKvartal, fragor, null);
    }
}
