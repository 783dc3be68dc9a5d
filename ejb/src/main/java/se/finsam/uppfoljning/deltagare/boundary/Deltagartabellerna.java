package se.finsam.uppfoljning.deltagare.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The PM's participant tables for a förbund and period, every derived figure computed here and
 * ready to lay out: table 6 (participants), the outcome table (H1: table 8, H2: table 7), the
 * anonymous registrations (H1: table 7, H2: table 8), table 9 (termination reasons) and the target
 * group. A share is a {@link Procent}: its value and its text ("48 %", or "–" where the
 * denominator is zero). Each table names the SUS extractions it comes from.
 */
public record Deltagartabellerna(int ar, int halvar, String manader, LocalDate periodensSlut, Tabell6 deltagare,
                                 Utfall utfall, Anonyma anonyma, Avslutningsanledningar avslutningsanledningar,
                                 Malgrupp malgrupp) {

    /** A count by sex with its sum. */
    public record Km(int k, int m, int summa) {
    }

    /** A share in whole percent; {@code varde} null and {@code text} "–" where there is nothing to share. */
    public record Procent(Integer varde, String text) {
    }

    /** The K/M distribution of a column's sum. */
    public record Fordelning(Procent k, Procent m) {
    }

    /** A rule the figures break on purpose, with the explanation recorded with them. */
    public record Flagga(String kod, String falt, String meddelande, String forklaring) {
    }

    public record Tabell6(List<Rad6> rader, Km inregistrerade, Km avslutade, Km avslutadeHelaPerioden, Km pagaende,
                          Fordelning fordelningInregistrerade, Fordelning fordelningAvslutade,
                          Fordelning fordelningAvslutadeHelaPerioden, Fordelning fordelningPagaende,
                          List<LocalDate> uttagsdatum) {
    }

    public record Rad6(long insatsId, String insats, Km inregistrerade, Km avslutade, Km avslutadeHelaPerioden, Km pagaende,
                       List<Flagga> flaggor) {
    }

    /**
     * Ended to work and/or studies, and their share of the ended; the action-plan share as the insats
     * reports it, and its total as the mean of the insatser that report one.
     */
    public record Utfall(List<UtfallRad> rader, Km arbeteStudier, Procent andelK, Procent andelM, Procent andelS,
                         Procent handlingsplan, Fordelning fordelning, List<LocalDate> uttagsdatum) {
    }

    public record UtfallRad(long insatsId, String insats, Km arbeteStudier, Procent andelK, Procent andelM, Procent andelS,
                            Procent handlingsplan) {
    }

    public record Anonyma(List<AnonymRad> rader, int totalt) {
    }

    public record AnonymRad(long insatsId, String insats, int antal) {
    }

    /**
     * Table 9 over all insatser, in the code list's order, with the computed rows "S:a Arbete" (after
     * work by extent) and "S:a Arbete och/eller studerande" (after studies) marked {@code summa}.
     */
    public record Avslutningsanledningar(List<AnledningRad> rader, Km summaAvslutade, List<LocalDate> uttagsdatum) {
    }

    /**
     * @param delar for a computed row, the codes of the reasons it adds up (so that a public PM knows
     *              the sums a reader could solve); null on a reason's own row
     */
    public record AnledningRad(String kod, String benamning, String kategori, boolean summa, Km antal, List<String> delar) {
    }

    /** The target group of those enrolled during the period, over all insatser. */
    public record Malgrupp(Km antal, Fordelning fordelning, List<MalgruppRad> kategorier, List<Snittdagar> snittdagar,
                           List<LocalDate> uttagsdatum) {
    }

    /**
     * @param andel    the category's share of the whole target group
     * @param andelMan the share of män within the category
     */
    public record MalgruppRad(String dimension, String dimensionRubrik, String kategori, String benamning, Km antal,
                              Procent andel, Procent andelMan) {
    }

    /** Average days enrolled by sex per insats (the H2 PM's bar chart); null where not reported. */
    public record Snittdagar(long insatsId, String insats, BigDecimal k, BigDecimal m) {
    }
}
