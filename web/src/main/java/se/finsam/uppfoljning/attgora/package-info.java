/**
 * The signed-in person's to-do for the intranet widget ({@code /widget/att-gora.js}): what the start
 * page lists — reports to submit or returned, reports to review and the late ones, rekvisitioner and
 * deviations waiting — as JSON with a link into the application for each, answered across origins
 * only to the configured intranets. Holds no rules of its own: it reads the lists through the
 * boundaries of the components it shows. May use: plattform, kvartalsrapport, budget, avvikelse.
 */
package se.finsam.uppfoljning.attgora;
