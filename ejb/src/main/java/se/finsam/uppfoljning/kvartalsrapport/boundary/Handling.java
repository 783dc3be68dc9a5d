package se.finsam.uppfoljning.kvartalsrapport.boundary;

import jakarta.validation.constraints.NotNull;

/** A workflow step on a report (submit, approve, unlock), naming the version it was decided on. */
public record Handling(@NotNull(message = "Version måste anges.") Long version) {
}
