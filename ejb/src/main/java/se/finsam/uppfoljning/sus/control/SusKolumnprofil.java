package se.finsam.uppfoljning.sus.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Our documented, versioned mapping of a SUS export's columns to the aggregate statistics per insats
 * and period ({@code docs/sus/kolumnprofil-v1.md}). SUS's standard reports are configured per report,
 * so the office sets up the export with these headings once; a heading is matched without regard to
 * case, spacing around "S:a" or the kind of dash. A new SUS layout gets a new version, never a change
 * to this one.
 *
 * <p>Columns come in groups, one per table set of the PM. A file carries one or more groups (each
 * group is one SUS extraction: the H2 PM took table 9 later than tables 6–8); when one column of a
 * group is there, all of them must be. A file without any group is read as missing
 * {@link Grupp#DELTAGARE}'s columns. Columns outside the profile are ignored (and named in the preview).
 */
public final class SusKolumnprofil {

    // first: the static block below normalises the headings with them
    private static final java.util.regex.Pattern MELLANRUM = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SUMMA = java.util.regex.Pattern.compile("(s\\s*:\\s*a|\\bsumma)$");

    public static final String VERSION = "uppfoljning-sus/1";
    public static final String INSATS = "Insats";
    /** An optional text column: the explanation of the row's figures where a rule allows one. */
    public static final String FORKLARING = "Förklaring";
    /** The version of the termination-reason code list (V6) this profile's reason columns follow. */
    public static final int KODLISTA = 1;

    public enum Grupp {
        DELTAGARE("Deltagare och utfall (tabell 6–8)"),
        AVSLUTSORSAKER("Avslutningsanledningar (tabell 9)"),
        MALGRUPP("Målgrupp bland inskrivna");

        private final String rubrik;

        Grupp(String rubrik) {
            this.rubrik = rubrik;
        }

        public String rubrik() {
            return rubrik;
        }
    }

    /** How a measure is split: by sex with the file's own sum checked, by sex only, or one count. */
    public enum Delning { KON_OCH_SUMMA, KON, TOTAL }

    public enum Del { K, M, SUMMA, TOTAL }

    /** Decimal measures (average days) have one decimal at most; all others are whole counts. */
    public enum Slag { ANTAL, DECIMAL }

    /**
     * A measure: its stable key (what the statistics store), its heading stem in the file and how
     * it is split. {@code inskrivna} with stem "Inskrivna" gives the columns "Inskrivna K",
     * "Inskrivna M" and "Inskrivna S:a".
     */
    public record Matt(String nyckel, String stam, Grupp grupp, Delning delning, Slag slag) {

        public List<Kolumn> kolumner() {
            return switch (delning) {
                case KON_OCH_SUMMA -> List.of(new Kolumn(this, Del.K), new Kolumn(this, Del.M), new Kolumn(this, Del.SUMMA));
                case KON -> List.of(new Kolumn(this, Del.K), new Kolumn(this, Del.M));
                case TOTAL -> List.of(new Kolumn(this, Del.TOTAL));
            };
        }
    }

    public record Kolumn(Matt matt, Del del) {
        public String rubrik() {
            return switch (del) {
                case K -> matt.stam() + " K";
                case M -> matt.stam() + " M";
                case SUMMA -> matt.stam() + " S:a";
                case TOTAL -> matt.stam();
            };
        }
    }

    /** Termination reasons (code in the statistics' code list version {@value #KODLISTA}, heading in the file), table 9. */
    private static final String[][] AVSLUTSORSAKER = {
            {"SUBVENTIONERAT_ARBETE", "Subventionerat arbete"},
            {"EJ_SUBVENTIONERAT_ARBETE", "Ej subventionerat arbete"},
            {"EGET_FORETAG", "Eget företag"},
            {"ARBETAR_30", "Arbetar 30 %"},
            {"ARBETAR_50", "Arbetar 50 %"},
            {"ARBETAR_60", "Arbetar 60 %"},
            {"ARBETAR_75", "Arbetar 75 %"},
            {"ARBETAR_80", "Arbetar 80 %"},
            {"ARBETAR_100", "Arbetar 100 %"},
            {"STUDERANDE", "Studerande"},
            {"AKTIVT_ARBETSSOKANDE", "Aktivt arbetssökande"},
            {"FORTSATT_REHABILITERING", "Fortsatt rehabilitering"},
            {"SJUKDOM", "Sjukdom"},
            {"FORALDRALEDIGHET", "Föräldraledighet"},
            {"FLYTT", "Flytt"},
            {"OVRIGT", "Övrigt"},
    };

    /** Target-group bands of those enrolled (code, heading). */
    private static final String[][] MALGRUPPER = {
            {"ALDER_UNDER_30", "Ålder under 30"},
            {"ALDER_30_44", "Ålder 30–44"},
            {"ALDER_45_59", "Ålder 45–59"},
            {"ALDER_60_ELLER_MER", "Ålder 60 eller mer"},
            {"FORSORJNING_INGEN", "Försörjning ingen"},
            {"FORSORJNING_UNDER_1_AR", "Försörjning under 1 år"},
            {"FORSORJNING_1_3_AR", "Försörjning 1–3 år"},
            {"FORSORJNING_3_AR_ELLER_MER", "Försörjning 3 år eller mer"},
            {"UTBILDNING_GRUNDSKOLA", "Utbildning grundskola eller kortare"},
            {"UTBILDNING_GYMNASIUM", "Utbildning gymnasium"},
            {"UTBILDNING_EFTERGYMNASIAL", "Utbildning eftergymnasial"},
            {"UTBILDNING_OKAND", "Utbildning saknas/okänd"},
    };

    /** The measures of version 1, in the order the sample file and the documentation list them. */
    public static final List<Matt> MATT;
    private static final Map<String, Kolumn> PER_RUBRIK;

    static {
        List<Matt> m = new ArrayList<>();
        m.add(new Matt("pagaendeStart", "Pågående vid start", Grupp.DELTAGARE, Delning.KON_OCH_SUMMA, Slag.ANTAL));
        m.add(new Matt("inregistrerade", "Inskrivna", Grupp.DELTAGARE, Delning.KON_OCH_SUMMA, Slag.ANTAL));
        m.add(new Matt("avslutade", "Avslutade", Grupp.DELTAGARE, Delning.KON_OCH_SUMMA, Slag.ANTAL));
        m.add(new Matt("avslutadeHelaPerioden", "Avslutade hela insatsperioden", Grupp.DELTAGARE, Delning.KON_OCH_SUMMA, Slag.ANTAL));
        m.add(new Matt("pagaendeSlut", "Pågående vid slut", Grupp.DELTAGARE, Delning.KON_OCH_SUMMA, Slag.ANTAL));
        m.add(new Matt("anonyma", "Anonyma", Grupp.DELTAGARE, Delning.TOTAL, Slag.ANTAL));
        m.add(new Matt("arbeteStudier", "Arbete/studier", Grupp.DELTAGARE, Delning.KON_OCH_SUMMA, Slag.ANTAL));
        for (String[] orsak : AVSLUTSORSAKER) {
            m.add(new Matt("avslut." + orsak[0], orsak[1], Grupp.AVSLUTSORSAKER, Delning.KON, Slag.ANTAL));
        }
        m.add(new Matt("malgrupp", "Målgrupp", Grupp.MALGRUPP, Delning.KON_OCH_SUMMA, Slag.ANTAL));
        for (String[] mal : MALGRUPPER) {
            m.add(new Matt("malgrupp." + mal[0], mal[1], Grupp.MALGRUPP, Delning.KON, Slag.ANTAL));
        }
        m.add(new Matt("snittdagar", "Snitt dagar inskrivna", Grupp.MALGRUPP, Delning.KON, Slag.DECIMAL));
        MATT = List.copyOf(m);
        Map<String, Kolumn> r = new LinkedHashMap<>();
        for (Matt matt : MATT) {
            for (Kolumn k : matt.kolumner()) {
                r.put(normalisera(k.rubrik()), k);
            }
        }
        PER_RUBRIK = Collections.unmodifiableMap(r);
    }

    private SusKolumnprofil() {
    }

    public static Optional<Kolumn> kolumn(String rubrik) {
        return Optional.ofNullable(PER_RUBRIK.get(normalisera(rubrik)));
    }

    public static List<Kolumn> kolumner(Grupp grupp) {
        return MATT.stream().filter(m -> m.grupp() == grupp).flatMap(m -> m.kolumner().stream()).toList();
    }

    public static List<Kolumn> allaKolumner() {
        return List.copyOf(PER_RUBRIK.values());
    }

    /** Lower case, NFC, one space, "S: a"/"Summa" → "s:a", dashes → "-", a trailing colon dropped. */
    public static String normalisera(String rubrik) {
        String s = rubrik;
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        s = s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u2212', '-');
        s = MELLANRUM.matcher(s).replaceAll(" ").strip();
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.endsWith("a")) {
            s = SUMMA.matcher(s).replaceAll("s:a");
        }
        return s;
    }
}
