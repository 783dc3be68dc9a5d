/**
 * Avvikelse: deviation reports (avvikelserapporter) that an insats' rapportörer or steering group
 * file (budget, goal, target group, method, number of participants) and the förbundschef's
 * decisions on them. An approved budget deviation books a carry-over in {@code budget}. May use:
 * plattform, partner, insats, budget (never the other way round). The PM reads it through
 * {@code boundary.Avvikelsehantering} and its views.
 */
package se.finsam.uppfoljning.avvikelse;
