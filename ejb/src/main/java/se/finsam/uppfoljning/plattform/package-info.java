/**
 * The shared kernel, at the bottom: the caller and its roles, the audit trail, today's date and the
 * calendar quarter, the exception and its {@link se.finsam.uppfoljning.plattform.Felkod} catalogues,
 * e-mail, the Keycloak Admin API client, the migration. Depends on no other component.
 */
package se.finsam.uppfoljning.plattform;
