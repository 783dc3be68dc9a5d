package se.finsam.uppfoljning.sus.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Del;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Grupp;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SusAvkodningTest {

    @Test
    void theSampleDecodesTheSameFromExcelAndCsv() {
        SusAvkodning.Resultat x = SusTestfiler.avkoda(SusTestfiler.xlsx());
        SusAvkodning.Resultat c = SusTestfiler.avkoda(SusTestfiler.csv());
        assertThat(x.problem()).isEmpty();
        assertThat(c.problem()).isEmpty();
        assertThat(x.format()).isEqualTo(SusFil.Format.XLSX);
        assertThat(c.format()).isEqualTo(SusFil.Format.CSV);
        SusUtdrag u = x.utdrag().orElseThrow();
        assertThat(u.rader()).hasSize(SusTestfiler.INSATSER);
        assertThat(u.uttagsdatum()).isEqualTo(SusTestfiler.UTTAG);
        assertThat(u.grupper()).containsExactlyInAnyOrder(Grupp.values());
        assertThat(u.rader().getFirst().insatsKod()).isEqualTo("kod-1");
        assertThat(u.rader().getFirst().antal("inregistrerade", Del.K)).isEqualTo(10);
        assertThat(u.rader()).usingRecursiveComparison().ignoringFields("rad").isEqualTo(c.utdrag().orElseThrow().rader());
    }

    @Test
    void everyProblemIsNamedWithRowAndColumnAndNothingIsHalfDecoded() {
        List<List<Object>> rader = new ArrayList<>(SusTestfiler.rader(4));
        rader.set(0, with(rader.get(0), "Inskrivna K", "tjugo"));
        rader.set(1, with(rader.get(1), "Avslutade S:a", 999));
        rader.set(2, with(rader.get(2), SusKolumnprofil.INSATS, "Okänd insats"));
        List<String> rubriker = new ArrayList<>(SusTestfiler.rubriker());
        int pagaendeM = rubriker.indexOf("Pågående vid slut M");
        rubriker.remove(pagaendeM);
        List<List<Object>> utan = rader.stream().map(r -> {
            List<Object> k = new ArrayList<>(r);
            k.remove(pagaendeM);
            return k;
        }).toList();
        SusAvkodning.Resultat r = SusTestfiler.avkoda(SusMall.xlsx(SusTestfiler.INLEDNING, rubriker, utan));
        assertThat(r.utdrag()).isEmpty();
        assertThat(r.problem()).extracting(SusProblem::kod, SusProblem::rad, SusProblem::kolumn).containsExactly(
                tuple("DEL-108", 7, "Pågående vid slut M"),
                tuple("DEL-109", 8, "Inskrivna K"),
                tuple("DEL-010", 9, "Avslutade S:a"),
                tuple("DEL-112", 10, "Insats"));
    }

    @Test
    void windows1252CsvAndTheEnteredExtractionDate() {
        String csv = "Insats;Pågående vid start K;Pågående vid start M;Pågående vid start S:a;Inskrivna K;Inskrivna M;Inskrivna S:a;"
                + "Avslutade K;Avslutade M;Avslutade S:a;"
                + "Avslutade hela insatsperioden K;Avslutade hela insatsperioden M;Avslutade hela insatsperioden S:a;"
                + "Pågående vid slut K;Pågående vid slut M;Pågående vid slut S:a;Anonyma;Arbete/studier K;Arbete/studier M;Arbete/studier S:a;Förklaring\r\n"
                + "Insats 1;0;0;0;1 045;2;1047;0;0;0;0;0;0;1;2;3;4;0;0;0;\"Flytt; räknad två gånger\"\r\n";
        byte[] fil = csv.getBytes(Charset.forName("windows-1252"));
        SusAvkodning.Resultat utan = SusTestfiler.avkoda(fil);
        assertThat(utan.problem()).extracting(SusProblem::kod).containsExactly("DEL-114");
        SusAvkodning.Resultat r = SusAvkodning.avkoda(fil, new SusAvkodning.Forvantan(2022, 1,
                Optional.of(LocalDate.of(2022, 7, 20))), SusTestfiler.insatser(), i -> { });
        assertThat(r.problem()).isEmpty();
        assertThat(r.utdrag().orElseThrow().rader().getFirst().antal("inregistrerade", Del.K)).isEqualTo(1045);
        assertThat(r.utdrag().orElseThrow().grupper()).containsExactly(Grupp.DELTAGARE);
        assertThat(r.utdrag().orElseThrow().rader().getFirst().forklaring()).isEqualTo("Flytt; räknad två gånger");
    }

    @Test
    void theFilesPeriodMustBeThePeriodImported() {
        SusAvkodning.Resultat r = SusAvkodning.avkoda(SusTestfiler.csv(),
                new SusAvkodning.Forvantan(2022, 1, Optional.empty()), SusTestfiler.insatser(), i -> { });
        assertThat(r.problem()).extracting(SusProblem::kod).containsExactly("DEL-115");
    }

    @Test
    void formulasAreNamedNotEvaluated() {
        byte[] fil = SusTestfiler.andraDel(SusTestfiler.xlsx(), "xl/worksheets/sheet1.xml",
                s -> s.replaceFirst("<c r=\"B8\"([^>]*)><v>([^<]*)</v>", "<c r=\"B8\"$1><f>SUM(1,2)</f><v>$2</v>"));
        SusAvkodning.Resultat r = SusTestfiler.avkoda(fil);
        assertThat(r.problem()).extracting(SusProblem::kod, SusProblem::rad).containsExactly(tuple("DEL-107", 8));
    }

    @Test
    void aGroupIsAllOrNothing() {
        List<String> rubriker = new ArrayList<>(SusMall.rubriker(Set.of(Grupp.DELTAGARE)));
        rubriker.add("Målgrupp K");
        List<List<Object>> rader = SusTestfiler.rader(1).stream().map(r -> (List<Object>) new ArrayList<>(r.subList(0, rubriker.size()))).toList();
        SusAvkodning.Resultat r = SusTestfiler.avkoda(SusMall.csv(SusTestfiler.INLEDNING, rubriker, rader));
        assertThat(r.problem()).extracting(SusProblem::kod).containsOnly("DEL-108");
        assertThat(r.problem()).extracting(SusProblem::kolumn).contains("Målgrupp M", "Målgrupp S:a", "Ålder under 30 K",
                "Snitt dagar inskrivna M").hasSize(SusKolumnprofil.kolumner(Grupp.MALGRUPP).size() - 1);
        assertThat(SusMall.rubriker(EnumSet.of(Grupp.AVSLUTSORSAKER))).contains("Arbetar 100 % K", "Övrigt M");
    }

    @Test
    void headingsAreMatchedLoosely() {
        assertThat(SusKolumnprofil.kolumn("  inskrivna   k ")).isPresent();
        assertThat(SusKolumnprofil.kolumn("Inskrivna S: a")).map(SusKolumnprofil.Kolumn::rubrik).contains("Inskrivna S:a");
        assertThat(SusKolumnprofil.kolumn("Ålder 30-44 K")).map(SusKolumnprofil.Kolumn::rubrik).contains("Ålder 30–44 K");
        assertThat(SusKolumnprofil.kolumn("Inskrivna X")).isEmpty();
        assertThat(new String(SusTestfiler.csv(), StandardCharsets.UTF_8)).startsWith("\uFEFFKolumnprofil;uppfoljning-sus/1");
    }

    private static List<Object> with(List<Object> rad, String rubrik, Object varde) {
        List<Object> r = new ArrayList<>(rad);
        r.set(SusTestfiler.rubriker().indexOf(rubrik), varde);
        return r;
    }
}
