/**
 * Förbund (the tenant) and partner agencies. May use: plattform.
 */
package se.finsam.uppfoljning.partner;
