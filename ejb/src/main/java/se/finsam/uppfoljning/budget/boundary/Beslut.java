package se.finsam.uppfoljning.budget.boundary;

/**
 * The office's decision on a rekvisition: approve, or return with a comment (required then).
 *
 * @param version the rekvisition version that was read; null skips the check
 */
public record Beslut(Long version, String kommentar) {
}
