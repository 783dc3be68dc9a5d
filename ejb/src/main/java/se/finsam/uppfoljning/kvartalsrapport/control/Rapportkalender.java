package se.finsam.uppfoljning.kvartalsrapport.control;

import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Which quarters the pages are about: the quarter the overview opens on, the quarters of an
 * insats' period that can be reported on, and the quarters a report is owed for.
 */
public final class Rapportkalender {

    private Rapportkalender() {
    }

    /** The latest quarter whose deadline has passed on {@code idag}. */
    public static Rapportperiod senasteUtgangnaFrist(LocalDate idag, Function<Rapportperiod, LocalDate> frist) {
        Rapportperiod p = Rapportperiod.containing(idag);
        while (!idag.isAfter(frist.apply(p))) {
            p = p.foregaende();
        }
        return p;
    }

    /**
     * The quarter the overview opens on: the latest quarter whose deadline has passed among the
     * quarters the förbund has reports for. A quarter past its deadline where not one report was even
     * started is a förbund that reports outside Uppföljning for it (such as the demo data, which holds
     * the 2022 PMs only), not a picture of a round; the page names the later quarter so that it is
     * one click away. With no reports at all, the latest quarter whose deadline has passed.
     */
    public static Rapportperiod oversiktskvartal(LocalDate idag, Function<Rapportperiod, LocalDate> frist,
                                                 Collection<Rapportperiod> medRapporter) {
        Rapportperiod senaste = senasteUtgangnaFrist(idag, frist);
        return medRapporter.stream().filter(p -> p.compareTo(senaste) <= 0)
                .max(Comparator.naturalOrder()).orElse(senaste);
    }

    /**
     * The quarters of an insats' period that have begun by {@code idag}, oldest first: every one can
     * be opened, because a report may be written from its quarter's first day.
     */
    public static List<Rapportperiod> paborjade(LocalDate start, LocalDate slut, LocalDate idag) {
        return mellan(Rapportperiod.containing(start), Rapportperiod.containing(slut.isBefore(idag) ? slut : idag));
    }

    /**
     * The quarters a report is owed for: those of the insats' period that have ended by
     * {@code idag}, from {@code forsta} on (the förbund's first quarter reported in Uppföljning;
     * earlier quarters were reported before it), oldest first.
     */
    public static List<Rapportperiod> skyldiga(LocalDate start, LocalDate slut, Rapportperiod forsta, LocalDate idag) {
        Rapportperiod fran = max(Rapportperiod.containing(start), forsta);
        Rapportperiod avslutat = Rapportperiod.containing(idag).foregaende();
        Rapportperiod slutkvartal = Rapportperiod.containing(slut);
        return mellan(fran, slutkvartal.compareTo(avslutat) < 0 ? slutkvartal : avslutat);
    }

    private static List<Rapportperiod> mellan(Rapportperiod fran, Rapportperiod till) {
        List<Rapportperiod> perioder = new ArrayList<>();
        for (Rapportperiod p = fran; p.compareTo(till) <= 0; p = p.nasta()) {
            perioder.add(p);
        }
        return perioder;
    }

    private static Rapportperiod max(Rapportperiod a, Rapportperiod b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
