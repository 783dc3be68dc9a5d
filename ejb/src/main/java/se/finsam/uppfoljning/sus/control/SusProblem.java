package se.finsam.uppfoljning.sus.control;

import se.finsam.uppfoljning.plattform.Felkod;

/**
 * One problem found in a SUS file: a stable code, the Swedish message, and where it is (the file's
 * row number as Excel shows it, 0 for the file as a whole; the column's heading, or its letter
 * when the heading is unknown, empty for the whole row or file).
 */
public record SusProblem(String kod, String meddelande, int rad, String kolumn) implements java.io.Serializable {

    public static SusProblem of(Felkod fel, int rad, String kolumn, Object... args) {
        return new SusProblem(fel.code(), fel.message(args), rad, kolumn == null ? "" : kolumn);
    }

    /** Where it is, in words: "rad 12, Inskrivna K", "rad 12", "filen". */
    public String plats() {
        if (rad <= 0) {
            return kolumn.isEmpty() ? "filen" : kolumn;
        }
        return kolumn.isEmpty() ? "rad " + rad : "rad " + rad + ", " + kolumn;
    }
}
