/**
 * Slutrapport: the final report of an insats that closes — its purpose, each goal's outcome and
 * whether it was reached, what lives on, and links. May use: plattform, partner, insats. The PM's
 * section "Avslutade insatser" reads it through {@code boundary.Slutrapportering} and
 * {@code boundary.SlutrapportView}.
 */
package se.finsam.uppfoljning.slutrapport;
