package se.finsam.uppfoljning.deltagare.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A period's participant figures as a form or client sends them: counts by sex, never a
 * percentage. A stated {@code summa} beside K and M is checked (K + M = S:a), never stored.
 *
 * @param version              the version that was read (0 when the period has no figures yet)
 * @param uttagsdatum          the SUS extraction the counts come from, if any
 * @param handlingsplanProcent the share with an action plan the insats reports (0–100); null = not reported
 * @param kodlista             the termination-reason code list the reasons follow; null = the newest
 * @param arbete               a stated "S:a Arbete" (checked against both breakdowns of work)
 * @param forklaringar         why the figures break a rule on purpose (rule DEL-012, DEL-013 or DEL-015 and the text)
 */
public record StatistikInput(Long version, LocalDate uttagsdatum, Km pagaendeStart, Km inregistrerade, Km avslutade,
                             Km avslutadeHelaPerioden, Km pagaendeSlut, Integer anonyma, Km arbeteStudier,
                             Integer handlingsplanProcent, Integer kodlista, LocalDate anledningarUttagsdatum,
                             List<Anledning> avslutningsanledningar, Km arbete, MalgruppInput malgrupp,
                             List<Forklaring> forklaringar) implements java.io.Serializable {

    /** A count of kvinnor and män, and optionally the total the source states. */
    public record Km(Integer k, Integer m, Integer summa) implements java.io.Serializable {
    }

    public record Anledning(String kod, Integer k, Integer m, Integer summa) implements java.io.Serializable {
    }

    public record MalgruppInput(LocalDate uttagsdatum, Km antal, List<Kategori> fordelning, BigDecimal snittdagarK,
                                BigDecimal snittdagarM) implements java.io.Serializable {
    }

    public record Kategori(String kategori, Integer k, Integer m, Integer summa) implements java.io.Serializable {
    }

    /** The explanation of a rule the figures break on purpose. */
    public record Forklaring(String regel, String text) implements java.io.Serializable {
    }
}
