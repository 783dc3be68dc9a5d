package se.finsam.uppfoljning.reports;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A made-up PM: an invented förbund, invented insatser and dates; nothing from the seeds. */
final class SamplePm {

    static final String FORBUND = "Samordningsförbundet Exempelbygden";

    private SamplePm() {
    }

    static PmReport secondHalf() {
        Map<PmText, String> texter = new EnumMap<>(PmText.class);
        texter.put(PmText.SAMMANFATTNING, "Under andra halvåret 2031 har fem finansierade insatser varit i gång.");
        texter.put(PmText.BAKGRUND, "Detta dokument bygger på kvartalsrapporter och rekvisitioner.\n\n"
                + "Budgeten för året är " + SwedishFormat.integer(1290) + " TSEK och förbrukningskvoten "
                + SwedishFormat.percent(96) + "; för en insats saknas uppgift: " + SwedishFormat.integer((Integer) null) + ".");
        texter.put(PmText.INSATSER, "Nedan följer en tabell över insatserna under perioden.");
        texter.put(PmText.MAL, "Här ges information om hur varje insats ligger till.");
        texter.put(PmText.MAL_KOMMENTAR, "Kansliet för en dialog med insatsägaren om Brobygget.");
        texter.put(PmText.KVALITET_KOMMENTAR, "## Styrgruppernas arbete\n\nAlla styrgrupper har **mötts** enligt avtal.\n\n"
                + "- en punkt om *jämställdhet*\n- en punkt med <b>vinkelparenteser</b> & annat");
        texter.put(PmText.REFLEKTIONER, "Året har gått väl; åtta av tio deltagare har gjort en stegförflyttning.");
        return new PmReport(FORBUND, 2031, 2, texter, List.of(insatser(), nulage(), forutsattningar(), budget(2031, true), kvalitet(), deltagare(), utfall(), anonyma(), anledningar(), malgrupp(), snittdagar()));
    }

    static InsatserTabell insatser() {
        return new InsatserTabell(List.of(
                new InsatsRad("Individinsatser", "Norrby, Arbetsbron", "Norrby kommun",
                        LocalDate.of(2030, 1, 1), LocalDate.of(2033, 12, 31), true),
                new InsatsRad("Individinsatser", "Söderå, Steg för steg – vidare", "Söderå kommun",
                        LocalDate.of(2029, 3, 1), LocalDate.of(2032, 8, 31), false),
                new InsatsRad("Individinsatser", "Älvsta, Brobygget", null,
                        LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), false),
                new InsatsRad("Strukturinsatser", "Östmark, Samverkanssamordnare", "Östmarks kommun",
                        LocalDate.of(2028, 4, 1), LocalDate.of(2034, 3, 31), true),
                new InsatsRad("Strukturinsatser", "Länsgemensam metodstödjare", "Regionen",
                        LocalDate.of(2030, 10, 1), LocalDate.of(2032, 9, 30), false)),
                "Insatser som beviljats förlängning vid styrelsemötet hösten 2031");
    }

    static KvalitetTabell kvalitet() {
        return new KvalitetTabell(List.of("Styrgruppsmöten hållna", "Ordinarie ledamöter närvarande",
                "Förutsättning för implementering har diskuterats"), List.of(
                new KvalitetRad("Individinsatser", "Norrby, Arbetsbron", List.of("Ja", "Nej", "Delvis")),
                new KvalitetRad("Individinsatser", "Söderå, Steg för steg – vidare", java.util.Arrays.asList("Ja", null, "Ja")),
                new KvalitetRad("Strukturinsatser", "Östmark, Samverkanssamordnare", List.of("Ok", "Ja", "Nej"))));
    }

    static NulageMalTabell nulage() {
        return new NulageMalTabell(List.of(
                new NulageMalRad("Individinsatser", "Norrby, Arbetsbron", "Ja", "Målen kommer nås", Trafikljus.GRON),
                new NulageMalRad("Individinsatser", "Söderå, Steg för steg – vidare", "Ja, i stort sett",
                        "Målen kommer inte nås fullt ut", Trafikljus.GUL),
                new NulageMalRad("Strukturinsatser", "Östmark, Samverkanssamordnare", "Nej, inte fullt ut",
                        "Målen kommer inte nås", Trafikljus.ROD),
                new NulageMalRad("Strukturinsatser", "Länsgemensam metodstödjare", null, null, Trafikljus.INGEN)));
    }

    static ForutsattningarTabell forutsattningar() {
        return new ForutsattningarTabell(List.of(
                new ForutsattningRad("Individinsatser", "Norrby, Arbetsbron", "Ja", "Nej", "Nej"),
                new ForutsattningRad("Individinsatser", "Söderå, Steg för steg – vidare", "Nej", "Nej", "Ja"),
                new ForutsattningRad("Strukturinsatser", "Östmark, Samverkanssamordnare", "Saknas", "Saknas", "Saknas")));
    }

    /** Tabell 4 in either form; the whole-year columns are dropped by the layout in the H1 form. */
    static BudgetTabell budget(int ar, boolean helar) {
        return new BudgetTabell(ar, helar, List.of(
                new BudgetRad("Norrby", "Arbetsbron", 1290, 1338, 96, helar ? 2489L : null, helar ? 2675L : null,
                        helar ? 93 : null, "har medel överf från 2030", null),
                new BudgetRad("Söderå", "Steg för steg", 84, 79, 106, helar ? 152L : null, helar ? 158L : null,
                        helar ? 96 : null, null, helar ? 250L : null),
                new BudgetRad(null, "Samverkanssamordnare", 0, 0, null, helar ? 0L : null, helar ? 0L : null,
                        null, null, null)));
    }

    static DeltagareTabell deltagare() {
        return new DeltagareTabell("jan–dec", "sista december", List.of(
                new DeltagareRad("Arbetsbron Norrby", false, List.of("12", "30", "42", "5", "17", "22", "5", "17", "22", "7", "13", "20")),
                new DeltagareRad("Steg för steg Söderå", false, List.of("1\u00A0006", "7", "1\u00A0013", "0", "0", "0", "0", "0", "0", "1\u00A0006", "7", "1\u00A0013")),
                new DeltagareRad("Summa:", true, List.of("1\u00A0018", "37", "1\u00A0055", "5", "17", "22", "5", "17", "22", "1\u00A0013", "20", "1\u00A0033")),
                new DeltagareRad("Fördelning kvinnor/män:", true, List.of("96\u00A0%", "4\u00A0%", "", "23\u00A0%", "77\u00A0%", "", "23\u00A0%", "77\u00A0%", "", "98\u00A0%", "2\u00A0%", ""))), null);
    }

    static final String P = "\u00A0%";

    static StatistikTabell utfall() {
        return new StatistikTabell(7, "Tabell 7. Utfall för deltagare", "sista december", "Källa: SUS, uttag 2032-01-10", null, List.of(
                new DeltagareRad("Arbetsbron Norrby", false, List.of("1", "3", "4", "50" + P, "33" + P, "33" + P, "100" + P)),
                new DeltagareRad("Steg för steg Söderå", false, List.of("0", "0", "0", "–", "–", "–", "–")),
                new DeltagareRad("Summa:", true, List.of("1", "3", "4", "50" + P, "33" + P, "33" + P, "Ca 100" + P)),
                new DeltagareRad("Fördelning kvinnor/män:", true, List.of("25" + P, "75" + P, "", "", "", "", ""))));
    }

    static StatistikTabell anonyma() {
        return new StatistikTabell(8, "Tabell 8. Antal anonyma individer registrerade i insatserna", "sista december 2031", null,
                "Utöver deltagarna med personuppgifter har 3 deltagare registrerats anonymt.", List.of(
                new DeltagareRad("Arbetsbron Norrby", false, List.of("3")),
                new DeltagareRad("Steg för steg Söderå", false, List.of("0")),
                new DeltagareRad("Totalt:", true, List.of("3"))));
    }

    static StatistikTabell anledningar() {
        return new StatistikTabell(9, "Tabell 9. Avslutningsanledningar arbete/studier/arbetsökande", "sista december",
                "Källa: SUS, uttag 2032-01-12", null, List.of(
                new DeltagareRad("subventionerat arbete", false, List.of("1", "2", "3")),
                new DeltagareRad("Arbetar 100 %", false, List.of("1", "2", "3")),
                new DeltagareRad("S: a Arbete", true, List.of("1", "2", "3")),
                new DeltagareRad("studerande", false, List.of("0", "1", "1")),
                new DeltagareRad("S: a Arbete och/ eller studerande", true, List.of("1", "3", "4"))));
    }

    static StatistikTabell malgrupp() {
        return new StatistikTabell(StatistikTabell.MALGRUPP, "Målgrupp", "sista december", "Källa: SUS, uttag 2032-01-14", null, List.of(
                new DeltagareRad("Samtliga inskrivna:", true, List.of("30", "10", "40", "", "")),
                new DeltagareRad("Fördelning kvinnor/män:", true, List.of("75" + P, "25" + P, "", "", "")),
                new DeltagareRad("Ålder", true, List.of("", "", "", "", "")),
                new DeltagareRad("Under 30 år", false, List.of("20", "6", "26", "65" + P, "23" + P)),
                new DeltagareRad("60 år eller mer", false, List.of("0", "0", "0", "0" + P, "–"))));
    }

    static SnittdagarDiagram snittdagar() {
        return new SnittdagarDiagram("Snittid i antal dagar inskrivna per insats och kön", "Källa: SUS, uttag 2032-01-14", List.of(
                new SnittdagarRad("Arbetsbron Norrby", new java.math.BigDecimal("182.5"), new java.math.BigDecimal("1204")),
                new SnittdagarRad("Steg för steg Söderå", null, new java.math.BigDecimal("90"))));
    }
}
