/**
 * Quarterly reports and their workflow, question sets, deadlines, the traffic light, reminders.
 * May use: plattform, partner, insats.
 */
package se.finsam.uppfoljning.kvartalsrapport;
