package se.finsam.uppfoljning.insats.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.partner.entity.Forbund;
import se.finsam.uppfoljning.partner.entity.Partner;
import se.finsam.uppfoljning.partner.entity.PartnerTyp;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UtskriftsnamnTest {

    private static final Forbund FORBUND = new Forbund("uppsala-lan", "Samordningsförbundet Uppsala län");
    private static final Partner UPPSALA = new Partner(FORBUND, "uppsala", "Uppsala kommun", PartnerTyp.KOMMUN);
    private static final Partner ALVKARLEBY = new Partner(FORBUND, "alvkarleby", "Älvkarleby kommun", PartnerTyp.KOMMUN);

    private static Insats insats(long id, String kod, Partner agare, String kortnamn) throws Exception {
        Insats i = new Insats(FORBUND, kod, agare);
        i.describe(kortnamn + " lång", InsatsTyp.INDIVIDINSATS, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31), null, 0);
        i.rename(kortnamn, LocalDate.of(2022, 1, 1));
        Field f = se.finsam.uppfoljning.plattform.entity.Numrerad.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(i, id);
        return i;
    }

    @Test
    void namesThatWouldReadTheSameAreToldApartByTheOwner() throws Exception {
        Map<Long, String> namn = Utskriftsnamn.av(List.of(insats(1, "a", UPPSALA, "Lokussamordnare"),
                insats(2, "b", ALVKARLEBY, "Lokussamordnare"), insats(3, "c", UPPSALA, "Arbetslivsintro")), LocalDate.of(2022, 6, 30));
        assertThat(namn).containsEntry(1L, "Lokussamordnare (Uppsala kommun)")
                .containsEntry(2L, "Lokussamordnare (Älvkarleby kommun)").containsEntry(3L, "Arbetslivsintro");
    }

    @Test
    void theSameOwnerTooAddsTheCode() throws Exception {
        Map<Long, String> namn = Utskriftsnamn.av(List.of(insats(1, "lokus-1", UPPSALA, "Lokus"), insats(2, "lokus-2", UPPSALA, "Lokus")),
                LocalDate.of(2022, 6, 30));
        assertThat(Set.copyOf(namn.values())).containsExactlyInAnyOrder("Lokus (Uppsala kommun, lokus-1)", "Lokus (Uppsala kommun, lokus-2)");
    }

    @Test
    void theNameIsTheOneInForceAtTheDay() throws Exception {
        Insats i = insats(1, "a", UPPSALA, "Före");
        i.rename("Efter", LocalDate.of(2023, 1, 1));
        assertThat(Utskriftsnamn.av(List.of(i), LocalDate.of(2022, 12, 31))).containsEntry(1L, "Före");
        assertThat(Utskriftsnamn.av(List.of(i), LocalDate.of(2023, 6, 30))).containsEntry(1L, "Efter");
    }

    @Test
    void aNewCodeIsTheShortNameInAsciiNumberedWhenTaken() {
        assertThat(Insatskod.ny("Älvkarleby, Lokussamordnare", Set.of())).isEqualTo("alvkarleby-lokussamordnare");
        assertThat(Insatskod.ny("Lokus", Set.of("lokus", "lokus-2"))).isEqualTo("lokus-3");
    }
}
