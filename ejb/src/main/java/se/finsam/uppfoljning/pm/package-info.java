/**
 * The half-year PM, composed from the read facades of the components below it (plattform, partner,
 * insats, kvartalsrapport, budget, deltagare, avvikelse, slutrapport): DTOs only, no entity of
 * another component (ArchitectureTest). Builds the report engine's DTOs (module {@code reports}) and has them rendered;
 * keeps the office's narrative sections per PM. A layout never sees an entity of this or any component.
 */
package se.finsam.uppfoljning.pm;
