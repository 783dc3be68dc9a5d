/**
 * Sus: the SUS import. The office uploads a SUS export (Excel or CSV in the column profile's layout,
 * docs/sus/kolumnprofil-v1.md); {@code boundary.SusImport} takes it, {@code boundary.SusGranskning}
 * decodes the whole file ({@code control.SusAvkodning}) and previews per insats what would change,
 * and the commit writes all or nothing. The committed imports are {@code entity.SusImportpost}
 * (table sus_import); the error catalogue is {@link se.finsam.uppfoljning.sus.SusFel}, which kept the
 * DEL-100..199 codes the import had inside deltagare.
 * <p>
 * Sits above deltagare: the participant statistics it fills are deltagare's, and it reads and writes
 * them through deltagare's boundary ({@code Deltagarstatistiken}: forhandsgranska, sparaAllaFranSus;
 * {@code Deltagarinlasning}: the recorded figures, the versions its preview compares, the fast commit),
 * handing over a file's counts ({@code Filsiffror}, which deltagare lays over what is recorded): sus
 * constructs and queries nothing of deltagare's entity package. Deltagare knows an import only by its
 * id ({@code deltagarstatistik.sus_import_id}, {@code Statistikunderlag.susImportId}): what the import was (file, extraction date, who, when) is
 * asked of sus ({@code SusImport.historikForPm}) by whoever shows it, the PM's provenance of table 6.
 * The entity stays here, not in deltagare, because only the import writes it and deltagare needs
 * nothing of it but the number. May use: plattform, partner, insats, deltagare. Used by: pm.
 */
package se.finsam.uppfoljning.sus;
