package se.finsam.uppfoljning.sus.boundary;

/**
 * What committing a preview did: how many insatser changed and how many were already as the file
 * says (a file imported twice changes nothing the second time, and no import is then recorded).
 *
 * @param importId the recorded import, or null when nothing changed
 */
public record SusImportResultat(String id, int andrade, int oforandrade, Long importId) {
}
