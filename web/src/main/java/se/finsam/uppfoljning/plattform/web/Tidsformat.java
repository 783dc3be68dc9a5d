package se.finsam.uppfoljning.plattform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Points in time as Swedish readers expect them, in Swedish time: "13 februari 2023 kl. 14.05".
 * Faces' date converter has no type for an {@code Instant}, and the audit trail stores instants.
 */
@Named
@ApplicationScoped
public class Tidsformat {

    private static final DateTimeFormatter SVENSK = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("sv"))
            .withZone(ZoneId.of("Europe/Stockholm"));

    public String tid(Instant tid) {
        return tid == null ? "" : SVENSK.format(tid);
    }
}
