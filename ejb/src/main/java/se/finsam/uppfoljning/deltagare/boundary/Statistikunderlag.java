package se.finsam.uppfoljning.deltagare.boundary;

import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One individinsats' recorded figures behind table 6 (the participant counts the PM sums), with
 * where they came from: typed in ({@code INMATNING}), a SUS import or a data package, the SUS
 * extraction date they name, who recorded them and when, and for a SUS import which import.
 *
 * @param susImportId the id of the committed SUS import that wrote the figures (the record names it,
 *                    V16); null when they came otherwise. Only the id: the import is the sus component's,
 *                    which sits above deltagare, so whoever shows the import (the PM) asks sus for it.
 */
public record Statistikunderlag(long insatsId, String insats, Km inregistrerade, Km avslutade, Km avslutadeHelaPerioden,
                                Km pagaende, String kalla, LocalDate uttagsdatum, String andradAv, Instant andradAt,
                                Long susImportId) {
}
