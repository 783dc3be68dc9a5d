package se.finsam.uppfoljning.pm.boundary;

import java.time.Instant;
import java.util.List;

/**
 * What differs between a frozen PM's snapshot and the same PM built from today's data: one entry per
 * field, the part of the PM ("Tabell 4 Prognos och utfall budget"), the insats the row stands for,
 * the field, and the value frozen and the value now (null where absent).
 */
public record PmAndringar(int ar, int halvar, Instant faststalltAt, List<Andring> andringar) implements java.io.Serializable {

    public record Andring(String del, String rubrik, String insats, String falt, String faststallt, String nu) implements java.io.Serializable {
    }
}
