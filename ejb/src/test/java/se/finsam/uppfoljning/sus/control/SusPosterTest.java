package se.finsam.uppfoljning.sus.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.deltagare.entity.Antal;
import se.finsam.uppfoljning.deltagare.entity.Deltagarsiffror;
import se.finsam.uppfoljning.deltagare.entity.Malgruppskategori;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's row over what is recorded: the groups the file carries replace, the rest stays. */
class SusPosterTest {

    private static final LocalDate UTTAG = LocalDate.of(2023, 1, 16);
    private static final LocalDate TIDIGARE = LocalDate.of(2022, 7, 10);

    @Test
    void aFileWithEveryGroupGivesAllItsFiguresWithItsExtractionDate() {
        Deltagarsiffror s = SusPoster.siffror(utdrag(EnumSet.allOf(SusKolumnprofil.Grupp.class)), rad(), Optional.empty());
        Map<String, String> v = s.snapshot();
        assertThat(v).containsEntry("uttagsdatum", "2023-01-16").containsEntry("pagaendeStart", new Antal(3, 4).toString())
                .containsEntry("inregistrerade", new Antal(5, 6).toString()).containsEntry("anonyma", "2")
                .containsEntry("arbeteStudier", new Antal(1, 0).toString()).containsEntry("kodlista", "1")
                .containsEntry("anledningarUttagsdatum", "2023-01-16").containsEntry("anledning.STUDERANDE", new Antal(1, 2).toString())
                .containsEntry("anledning.OVRIGT", new Antal(0, 0).toString())
                .containsEntry("malgrupp.uttagsdatum", "2023-01-16").containsEntry("malgrupp.antal", new Antal(7, 8).toString())
                .containsEntry("malgrupp.ALDER_UNDER_30", new Antal(2, 3).toString())
                .containsEntry("malgrupp.snittdagarK", "12.5").containsEntry("handlingsplanProcent", null);
        assertThat(s.avslutningsanledningar()).hasSize(16);
        assertThat(s.malgrupp().fordelning()).hasSize(Malgruppskategori.values().length);
        assertThat(s.angivnaSummor()).isEmpty();
    }

    @Test
    void aFileWithOnlyTheParticipantsKeepsTheRecordedReasonsTargetGroupAndShare() {
        Deltagarsiffror befintlig = SusPoster.siffror(utdrag(EnumSet.allOf(SusKolumnprofil.Grupp.class)), rad(), Optional.empty());
        befintlig = new Deltagarsiffror(TIDIGARE, befintlig.pagaendeStart(), befintlig.inregistrerade(), befintlig.avslutade(),
                befintlig.avslutadeHelaPerioden(), befintlig.pagaendeSlut(), 9, befintlig.arbeteStudier(), 40, 1, TIDIGARE,
                befintlig.avslutningsanledningar(), befintlig.malgrupp(), Map.of());
        Map<String, Integer> andra = new HashMap<>(rad().antal());
        andra.put("inregistrerade.K", 50);
        SusUtdrag.Rad ny = new SusUtdrag.Rad(3, "Steget", "17", andra, rad().decimaler(), null);
        Deltagarsiffror s = SusPoster.siffror(utdrag(EnumSet.of(SusKolumnprofil.Grupp.DELTAGARE)), ny, Optional.of(befintlig));
        assertThat(s.uttagsdatum()).isEqualTo(UTTAG);
        assertThat(s.inregistrerade().k()).isEqualTo(50);
        assertThat(s.anonyma()).isEqualTo(2);
        assertThat(s.handlingsplanProcent()).isEqualTo(40);
        assertThat(s.anledningarUttagsdatum()).isEqualTo(TIDIGARE);
        assertThat(s.avslutningsanledningar()).isEqualTo(befintlig.avslutningsanledningar());
        assertThat(s.malgrupp()).isEqualTo(befintlig.malgrupp());
    }

    @Test
    void aFileWithoutTheParticipantsKeepsTheRecordedCountsOrZero() {
        Set<SusKolumnprofil.Grupp> utanDeltagare = EnumSet.of(SusKolumnprofil.Grupp.AVSLUTSORSAKER, SusKolumnprofil.Grupp.MALGRUPP);
        Deltagarsiffror tom = SusPoster.siffror(utdrag(utanDeltagare), rad(), Optional.empty());
        assertThat(tom.uttagsdatum()).isNull();
        assertThat(tom.inregistrerade().summa()).isZero();
        assertThat(tom.anonyma()).isZero();
        assertThat(tom.anledningarUttagsdatum()).isEqualTo(UTTAG);
        Deltagarsiffror befintlig = SusPoster.siffror(utdrag(EnumSet.allOf(SusKolumnprofil.Grupp.class)), rad(), Optional.empty());
        Deltagarsiffror over = SusPoster.siffror(utdrag(utanDeltagare), rad(), Optional.of(new Deltagarsiffror(TIDIGARE,
                befintlig.pagaendeStart(), befintlig.inregistrerade(), befintlig.avslutade(), befintlig.avslutadeHelaPerioden(),
                befintlig.pagaendeSlut(), 9, befintlig.arbeteStudier(), null, 1, null, Map.of(), null, Map.of())));
        assertThat(over.uttagsdatum()).isEqualTo(TIDIGARE);
        assertThat(over.anonyma()).isEqualTo(9);
        assertThat(over.inregistrerade().k()).isEqualTo(5);
        assertThat(over.malgrupp().uttagsdatum()).isEqualTo(UTTAG);
    }

    private static SusUtdrag utdrag(Set<SusKolumnprofil.Grupp> grupper) {
        return new SusUtdrag("uppfoljning-sus/1", "Deltagarrapport", UTTAG, grupper, List.of(rad()), List.of());
    }

    private static SusUtdrag.Rad rad() {
        Map<String, Integer> a = new HashMap<>();
        km(a, "pagaendeStart", 3, 4);
        km(a, "inregistrerade", 5, 6);
        a.put("anonyma.TOTAL", 2);
        km(a, "arbeteStudier", 1, 0);
        km(a, "avslut.STUDERANDE", 1, 2);
        km(a, "malgrupp", 7, 8);
        km(a, "malgrupp.ALDER_UNDER_30", 2, 3);
        return new SusUtdrag.Rad(3, "Steget", "17", a, Map.of("snittdagar.K", new BigDecimal("12.5")), null);
    }

    private static void km(Map<String, Integer> rad, String matt, int k, int m) {
        rad.put(matt + ".K", k);
        rad.put(matt + ".M", m);
    }
}
