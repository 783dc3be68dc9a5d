/**
 * Participant statistics per individinsats and period (tables 6–9 and the target group of the PM),
 * entered by the insats or imported from SUS (the SUS import: {@code control.SusAvkodning} decodes a
 * whole export against the column profile {@code control.SusKolumnprofil}; {@code boundary.SusImport}
 * previews and commits it all or nothing). Aggregates only: no person-level data.
 * May use: plattform, partner, insats.
 */
package se.finsam.uppfoljning.deltagare;
