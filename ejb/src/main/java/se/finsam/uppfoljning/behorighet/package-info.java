/**
 * Partner and system administration: people, their roles and organisations, through Keycloak.
 * May use: plattform, partner, insats.
 */
package se.finsam.uppfoljning.behorighet;
