/**
 * Import and export of half-year data packages, and the demo data. Reads the components below it:
 * plattform, partner, insats, kvartalsrapport.
 */
package se.finsam.uppfoljning.datapaket;
