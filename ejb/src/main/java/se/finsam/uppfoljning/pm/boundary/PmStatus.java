package se.finsam.uppfoljning.pm.boundary;

import java.time.Instant;

/**
 * Whether a PM is a draft or frozen, and for a frozen one who froze it when, with which layouts,
 * and whether the layouts have changed since (then its files are the ones stored at freezing).
 */
public record PmStatus(int ar, int halvar, boolean faststallt, String faststalltAv, Instant faststalltAt,
                       String layoutversion, boolean layoutenAndrad) implements java.io.Serializable {
}
