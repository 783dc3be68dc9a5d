package se.finsam.uppfoljning.sus.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A SUS file's way through the import, as the API and the page show it.
 *
 * @param status           GRANSKAS (being read and checked), KLAR (preview ready, nothing written yet),
 *                         AVVISAD (refused whole: the problems, nothing written), INLAST (committed)
 * @param lastaRader       rows read so far; {@code uppskattadeRader} how many the file says it has (0 unknown)
 * @param problem          one per problem and row, each with its code, row and column
 * @param andringar        per insats, what committing would change (or changed)
 * @param tidigareInlast   when a file with the same content was committed before, that import
 */
public record SusImportStatus(String id, String status, String filnamn, String format, int ar, int halvar,
                              LocalDate uttagsdatum, String kolumnprofil, List<String> grupper,
                              int lastaRader, int uppskattadeRader, List<Problem> problem, List<Andring> andringar,
                              List<String> ignoreradeKolumner, int andras, int oforandrade,
                              SusImportHistorik tidigareInlast, Instant skapad) implements java.io.Serializable {

    public record Problem(String kod, String meddelande, int rad, String kolumn) implements java.io.Serializable {
    }

    /**
     * @param skillnader every stored figure that differs, before and after ({@code "24/31"} is K/M)
     * @param forklarade the rules the figures break that an explanation lets through
     */
    public record Andring(long insatsId, String insats, int rad, boolean finns, boolean andras,
                          List<Skillnad> skillnader, List<String> forklarade) implements java.io.Serializable {
    }

    public record Skillnad(String falt, String fore, String efter) implements java.io.Serializable {
    }
}
