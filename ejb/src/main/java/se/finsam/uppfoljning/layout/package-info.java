/**
 * The layout library: report designers' versions of the PM's JasperReports layouts (per förbund;
 * version 1 of each is the build's own), checked by the reports module's {@code LayoutKontroll}
 * before they are stored, previewed as PDF, published and rolled back. The top component: it may
 * use pm and everything below; nothing imports it. The PM learns which layouts to render with
 * through the reports module's port {@code PmLayouter}, which this component implements as a CDI
 * bean, and tells this component what it rendered with the CDI event {@code pm.control.PmRenderad}.
 */
package se.finsam.uppfoljning.layout;
