/**
 * The report engine: compiled JasperReports layouts filled from the PM snapshot's DTOs. Layouts
 * never receive a database connection; everything they print is computed by the product first.
 *
 * <p>Holds its own report-side DTOs ({@link se.finsam.uppfoljning.reports.PmReport}, one record per
 * table implementing {@link se.finsam.uppfoljning.reports.PmTabell}, one bean per row) which the
 * {@code pm} component maps to; depends on nothing of the application, only on JasperReports.
 * {@link se.finsam.uppfoljning.reports.PmRenderer} is the entry point.
 */
package se.finsam.uppfoljning.reports;
