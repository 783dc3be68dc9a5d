package se.finsam.uppfoljning.reports;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
                        new KvalitetRad("Strukturinsatser", "Exempelinsats Gamma", List.of("Ja", "Nej", "Ja")))),
                // the chart too, so that an uploaded chart layout is filled on trial like the tables
                new SnittdagarDiagram("Snittid i antal dagar inskrivna per insats och kön", null, List.of(
                        new SnittdagarRad("Exempelinsats Alfa", new java.math.BigDecimal("120.5"), new java.math.BigDecimal("98")),
                        new SnittdagarRad("Exempelinsats Beta", null, new java.math.BigDecimal("64"))))));
    }

    /**
     * The sample data file for one layout, for a data adapter in Jaspersoft Studio: the parameters the
     * engine passes it and, for a table, its rows as records of field → value (the master's rows are
     * its tables', under their data parameters). Empty when the sample PM has no such table.
     */
    public static Optional<Map<String, Object>> exempeldata(String layout) {
        PmReport pm = pm();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("layout", layout);
        if (PmRenderer.MASTER.equals(layout)) {
            Map<String, Object> parametrar = new TreeMap<>();
            parametrar.put("TITEL", pm.titel());
            parametrar.put("PERIOD", SwedishFormat.halfYear(pm.halvar()));
            parametrar.put("PERIOD_I_TEXT", SwedishFormat.halfYear(pm.halvar()).toLowerCase(SwedishFormat.SV_SE));
            parametrar.put("AR", Integer.toString(pm.ar()));
            pm.texter().forEach((slot, text) -> parametrar.put(slot.parameter(), Markup.styled(text)));
            Map<String, Object> tabeller = new TreeMap<>();
            for (PmTabell t : pm.tabeller()) {
                tabeller.put("TABELL_" + t.nummer() + "_DATA", rader(t));
                tabeller.put("TABELL_" + t.nummer() + "_PARAMETRAR", new TreeMap<>(t.parametrar()));
            }
            data.put("parametrar", parametrar);
            data.put("tabeller", tabeller);
            return Optional.of(data);
        }
        return pm.tabeller().stream().filter(t -> PmRenderer.tabellayout(t.nummer()).equals(layout)).findFirst().map(t -> {
            data.put("parametrar", new TreeMap<>(t.parametrar()));
            data.put("rader", rader(t));
            return data;
        });
    }

    /** A table's rows as the layout's fields see them: every JavaBeans getter of the row class. */
    private static List<Map<String, Object>> rader(PmTabell tabell) {
        List<Map<String, Object>> rader = new ArrayList<>();
        for (Object rad : tabell.rader()) {
            Map<String, Object> falt = new LinkedHashMap<>();
            try {
                for (PropertyDescriptor p : Introspector.getBeanInfo(rad.getClass(), Object.class).getPropertyDescriptors()) {
                    if (p.getReadMethod() != null) {
                        falt.put(p.getName(), p.getReadMethod().invoke(rad));
                    }
                }
            } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Kunde inte läsa exempelraden " + rad.getClass().getSimpleName(), e);
            }
            rader.add(falt);
        }
        return rader;
    }
}
