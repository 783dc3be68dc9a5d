/**
 * Import and export of half-year data packages, and the demo data. Checks a whole package and
 * orchestrates: each component below reads in and writes out its own part through its own
 * boundary (insats, kvartalsrapport, budget, deltagare, avvikelse, slutrapport; partner for the
 * förbund's organisations). Names no class of another component's entity package (ArchitectureTest).
 */
package se.finsam.uppfoljning.datapaket;
