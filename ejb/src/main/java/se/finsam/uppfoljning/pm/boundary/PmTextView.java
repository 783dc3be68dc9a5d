package se.finsam.uppfoljning.pm.boundary;

import java.time.Instant;

/**
 * One narrative section of a PM as the page and the API show it.
 *
 * @param text    the saved text in the PM's markup; null when the section was never written
 * @param version the version to send back when saving; 0 when never written
 * @param forslag the previous PM's text of the same section, offered as a starting point; null when
 *                there is none or the section has a text of its own
 */
public record PmTextView(String avsnitt, String rubrik, String plats, String text, Long version,
                         String andradAv, Instant andradAt, String forslag) implements java.io.Serializable {
}
