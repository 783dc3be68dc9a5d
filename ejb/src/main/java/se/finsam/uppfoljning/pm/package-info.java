/**
 * The half-year PM, computed from the components below it: plattform, partner, insats,
 * kvartalsrapport.
 */
package se.finsam.uppfoljning.pm;
