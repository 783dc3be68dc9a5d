/**
 * Deltagare: participant statistics per individinsats and statistics period (H1 = January–June,
 * H2 = the whole year), as aggregates only — counts by sex, never a person. The consistency rules
 * live in {@code control.Konsistensregler}, every derived figure (sums, K/M shares, the action-plan
 * mean) in {@code control.Andel} and {@code control.Deltagarsummor}. Entry, the SUS import and the
 * data package all write through {@code boundary.Deltagarstatistiken}; the PM reads the tables
 * through {@code boundary.Deltagartabeller}. May use: plattform, partner, insats.
 */
package se.finsam.uppfoljning.deltagare;
