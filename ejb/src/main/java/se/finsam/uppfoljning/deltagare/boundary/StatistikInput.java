package se.finsam.uppfoljning.deltagare.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A period's participant figures as a form or client sends them: counts by sex, never a
 * percentage. A stated {@code summa} beside K and M is checked (K + M = S:a), never stored.
 *
 * @param version              the version that was read (0 when the period has no figures yet)
 * @param uttagsdatum          the SUS extraction the counts come from, if any
 * @param handlingsplanProcent the share with an action plan the insats reports (0–100); null = not reported
 * @param kodlista             the termination-reason code list the reasons follow; null = the newest
 * @param arbete               a stated "S:a Arbete" (checked against both breakdowns of work)
 * @param forklaringar         rule code (DEL-012, DEL-013, DEL-015) → why the figures break it on purpose
 */
public record StatistikInput(Long version, LocalDate uttagsdatum, Km pagaendeStart, Km inregistrerade, Km avslutade,
                             Km avslutadeHelaPerioden, Km pagaendeSlut, Integer anonyma, Km arbeteStudier,
                             Integer handlingsplanProcent, Integer kodlista, LocalDate anledningarUttagsdatum,
                             List<Anledning> avslutningsanledningar, Km arbete, MalgruppInput malgrupp,
                             Map<String, String> forklaringar) {

    /** A count of kvinnor and män, and optionally the total the source states. */
    public record Km(Integer k, Integer m, Integer summa) {
    }

    public record Anledning(String kod, Integer k, Integer m, Integer summa) {
    }

    public record MalgruppInput(LocalDate uttagsdatum, Km antal, List<Kategori> fordelning, BigDecimal snittdagarK,
                                BigDecimal snittdagarM) {
    }

    public record Kategori(String kategori, Integer k, Integer m, Integer summa) {
    }
}
