package se.finsam.uppfoljning.pm.boundary;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.avvikelse.boundary.AvvikelseView;
import se.finsam.uppfoljning.avvikelse.boundary.Avvikelsehantering;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Kvartalsunderlag;
import se.finsam.uppfoljning.kvartalsrapport.boundary.Rapportsammandrag;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.plattform.control.Adressdel;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PmLasningTest {

    private static final Caller KANSLI = new Caller("k", "Kansli", Optional.of("f1"), Optional.empty(), Set.of(Roll.KANSLI));

    @Test
    void eachQuarterIsReadOncePerRequestAndForTheCallersForbund() {
        List<String> lasningar = new ArrayList<>();
        Kvartalsunderlag rapporter = new Kvartalsunderlag() {
            @Override
            public Map<InsatsId, Rapportsammandrag> rapporter(ForbundKod forbund, Rapportperiod period) {
                lasningar.add(forbund + " " + period.ar() + "Q" + period.kvartal());
                return Map.of();
            }
        };
        PmLasning l = new PmLasning(KANSLI, new Halvar(2022, 2));
        Map<InsatsId, Rapportsammandrag> q4 = l.rapporter(rapporter, l.halvar().sistaKvartal());
        assertSame(q4, l.rapporter(rapporter, l.halvar().sistaKvartal()));
        l.rapporter(rapporter, l.halvar().forstaKvartal());
        l.rapporter(rapporter, new Rapportperiod(2022, 4));
        assertEquals(List.of("f1 2022Q4", "f1 2022Q3"), lasningar);
        // a new request reads anew: nothing is kept between requests
        new PmLasning(KANSLI, new Halvar(2022, 2)).rapporter(rapporter, new Rapportperiod(2022, 4));
        assertEquals(3, lasningar.size());
    }

    @Test
    void theDeviationsOfTheHalfYearAreReadOnce() {
        List<LocalDate[]> lasningar = new ArrayList<>();
        Avvikelsehantering avvikelser = new Avvikelsehantering() {
            @Override
            public List<AvvikelseView> inkomna(Caller caller, LocalDate fran, LocalDate till) {
                lasningar.add(new LocalDate[] {fran, till});
                return List.of();
            }
        };
        PmLasning l = new PmLasning(KANSLI, new Halvar(2022, 1));
        l.inkomna(avvikelser);
        l.inkomna(avvikelser);
        assertEquals(1, lasningar.size());
        assertEquals(LocalDate.of(2022, 1, 1), lasningar.get(0)[0]);
        assertEquals(LocalDate.of(2022, 6, 30), lasningar.get(0)[1]);
    }

    /** The PM's half-year is decoded from the address before a reading starts (PLT-425), no longer by it. */
    @Test
    void aHalfYearThatIsNoneIsRefused() {
        assertThrows(UppfoljningException.class, () -> Adressdel.avkoda("halvar", () -> new Halvar(2022, 3)));
    }
}
