/**
 * Budget: an insats' granted budget per year, carry-overs between years, and the rapportörer's
 * rekvisitioner (payment claims) whose approved amounts are the utfall. Derived figures
 * (förbrukningskvot, TSEK) are computed in {@code control}. Uses {@code insats} (the insats and its
 * access rules), {@code behorighet} (caller, audit) and the quarter type {@code Rapportperiod}; the PM
 * reads it through {@code boundary.Ekonomi}.
 */
package se.finsam.uppfoljning.budget;
