/**
 * The register of insatser and who may see and report on them ({@code control.Atkomst}).
 * May use: plattform, partner.
 */
package se.finsam.uppfoljning.insats;
