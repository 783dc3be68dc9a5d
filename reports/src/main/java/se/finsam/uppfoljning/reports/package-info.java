/**
 * The report engine: compiled JasperReports layouts filled from the PM snapshot's DTOs. Layouts
 * never receive a database connection; everything they print is computed by the product first.
 */
package se.finsam.uppfoljning.reports;
