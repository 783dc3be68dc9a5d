/**
 * The half-year PM, computed from the components below it: plattform, partner, insats,
 * kvartalsrapport. Builds the report engine's DTOs (module {@code reports}) and has them rendered;
 * keeps the office's narrative sections per PM. A layout never sees an entity of this or any component.
 */
package se.finsam.uppfoljning.pm;
