package se.finsam.uppfoljning.deltagare.entity;

/**
 * How a termination reason counts. Work is broken down twice, by kind and by extent: both sum to
 * "S:a Arbete", and only the kind counts towards the ended (the extent describes the same people).
 */
public enum Anledningskategori {
    ARBETE_SLAG, ARBETE_OMFATTNING, STUDIER, ANNAN;

    /** Whether the reason's counts add up to the number ended. */
    public boolean raknasSomAvslut() {
        return this != ARBETE_OMFATTNING;
    }
}
