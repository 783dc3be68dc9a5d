package se.finsam.uppfoljning.pm.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a sum of table 6 comes from (its provenance): the column, its K, M and S:a sums as the PM
 * prints them, and the individinsatser's recorded rows they were summed from, each with its source
 * (typed in, a SUS import or a data package), the SUS extraction date, who recorded it and when.
 *
 * @param kolumn the column's name in the API ({@code inregistrerade}, {@code avslutade},
 *               {@code avslutade-hela-perioden}, {@code pagaende})
 * @param figur  what the column is, as the table's heading says it
 */
public record PmStatistikkalla(String tabell, String kolumn, String figur, int k, int m, int summa, List<Rad> rader) {

    /** One individinsats' recorded figures for the column. */
    public record Rad(long insatsId, String insats, int k, int m, int summa, String kalla, LocalDate uttagsdatum,
                      String andradAv, Instant andradAt, SusImport susImport) {
    }

    /** The committed SUS import that wrote the row: the file, its extraction date, who imported it and when. */
    public record SusImport(long id, String filnamn, LocalDate uttagsdatum, String inlastAv, Instant inlastTid) {
    }
}
