package se.finsam.uppfoljning.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A made-up PM with every table the engine prints: the demo data a designer previews a layout with
 * (and the trial fill of every uploaded layout), and the sample data file for Jaspersoft Studio. An
 * invented förbund and invented insatser; nothing from any real PM.
 */
public final class PmExempel {

    private PmExempel() {
    }

    public static PmReport pm() {
        Map<PmText, String> texter = new EnumMap<>(PmText.class);
        texter.put(PmText.SAMMANFATTNING, "Under halvåret har tre insatser varit i gång: två individinsatser och en strukturinsats.");
        texter.put(PmText.BAKGRUND, "Exempeltext för bakgrunden. Här skriver kansliet om **förbundet** och perioden.");
        texter.put(PmText.INSATSER, "Exempeltext före tabell 1.");
        texter.put(PmText.MAL, "Exempeltext före tabell 2.");
        texter.put(PmText.KVALITET, "Exempeltext före tabell 5.");
        texter.put(PmText.REFLEKTIONER, "Exempeltext för kansliets reflektioner.");
        return new PmReport("Samordningsförbundet Exempelbygden", 2030, 1, texter, List.of(
                new InsatserTabell(List.of(
                        new InsatsRad("Individinsatser", "Exempelinsats Alfa", "Exempelkommunen",
                                LocalDate.of(2029, 1, 1), LocalDate.of(2031, 12, 31), true),
                        new InsatsRad("Individinsatser", "Exempelinsats Beta", null, LocalDate.of(2030, 2, 1), null, false),
                        new InsatsRad("Strukturinsatser", "Exempelinsats Gamma", "Exempelregionen",
                                LocalDate.of(2028, 9, 1), LocalDate.of(2030, 6, 30), false)),
                        "Exempelinsats Alfa har förlängts under halvåret"),
                new NulageMalTabell(List.of(
                        new NulageMalRad("Individinsatser", "Exempelinsats Alfa", "Ja", "Målen kommer nås", Trafikljus.GRON),
                        new NulageMalRad("Individinsatser", "Exempelinsats Beta", "Ja, i stort sett", "Målen kommer delvis nås", Trafikljus.GUL),
                        new NulageMalRad("Strukturinsatser", "Exempelinsats Gamma", null, null, Trafikljus.INGEN))),
                new KvalitetTabell(List.of("Exempelfråga ett", "Exempelfråga två", "Exempelfråga tre"), List.of(
                        new KvalitetRad("Individinsatser", "Exempelinsats Alfa", List.of("Ja", "Ja", "Delvis")),
                        new KvalitetRad("Individinsatser", "Exempelinsats Beta", Arrays.asList("Nej", null, "Ja")),
                        new KvalitetRad("Strukturinsatser", "Exempelinsats Gamma", List.of("Ja", "Nej", "Ja"))))));
    }
}
