/**
 * Deltagare: participant statistics per individinsats and statistics period (H1 = January–June,
 * H2 = the whole year), as aggregates only — counts by sex, never a person. The consistency rules
 * live in {@code control.Konsistensregler}, every derived figure (sums, K/M shares, the action-plan
 * mean) in {@code control.Andel} and {@code control.Deltagarsummor}. Entry, the SUS import (component
 * {@code sus}, above this one) and the data package all write through {@code boundary.Deltagarstatistiken};
 * the PM reads the tables through {@code boundary.Deltagartabeller}. A record names the SUS import that
 * wrote it only by its id. May use: plattform, partner, insats; never sus.
 */
package se.finsam.uppfoljning.deltagare;
