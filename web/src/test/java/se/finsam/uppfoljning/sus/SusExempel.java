package se.finsam.uppfoljning.sus;

import se.finsam.uppfoljning.sus.control.SusKolumnprofil;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Grupp;
import se.finsam.uppfoljning.sus.control.SusMall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample SUS exports of the column profile (docs/sus/), built with POI through the product's own
 * writer: the H2 2022 figures of the seeds' tables 6–9 per individinsats. Run {@link #main} to
 * write them to docs/sus/; the tests build the same bytes here.
 *
 * <p>Tables 6–8 are per insats in the seeds; ongoing at the start of the year is not printed and is
 * derived as ongoing at the end + ended − enrolled (0 where that is negative: Knivsta's men, whose
 * printed ongoing 8 does not follow from its counts, so the row carries an explanation). Table 9
 * is printed only as totals: the per-insats split below is invented for the sample, sums to the
 * printed totals, and fills each insats' remaining ended with "Fortsatt rehabilitering" so that
 * the termination reasons sum to the ended.
 */
public final class SusExempel {

    public static final LocalDate UTTAGSDATUM = LocalDate.of(2023, 1, 16);

    /** name | pagaendeSlut K,M | inregistrerade K,M | avslutade K,M | avslutade hela K,M | anonyma | arbete/studier K,M (seeds H2 tables 6–8). */
    static final Object[][] TABELL_6_8 = {
            {"Håbo, Framsteget 2.0", 24, 31, 45, 61, 21, 30, 21, 30, 1, 16, 27},
            {"Östhammar, Bryggan", 2, 18, 6, 21, 8, 23, 25, 38, 1, 2, 11},
            {"Knivsta, En väg in – steget vidare", 10, 8, 29, 25, 20, 16, 20, 16, 4, 11, 12},
            {"Enköping, Jobbcentrum – Din väg framåt", 26, 29, 56, 63, 30, 34, 30, 34, 3, 20, 17},
            {"Tierp, Ung framtid", 7, 22, 12, 39, 5, 17, 5, 17, 2, 3, 8},
            {"Uppsala, Arbetslivsintro", 26, 11, 26, 11, 1, 1, 1, 1, 26, 0, 0},
            {"Heby, Plattform för individstöd i samverkan", 8, 12, 6, 7, 5, 10, 5, 10, 3, 1, 8},
    };

    /** Table 9's totals (K, M), the seeds' H2 PM. */
    static final Map<String, int[]> TABELL_9 = new LinkedHashMap<>();

    static {
        TABELL_9.put("SUBVENTIONERAT_ARBETE", new int[]{20, 26});
        TABELL_9.put("EJ_SUBVENTIONERAT_ARBETE", new int[]{25, 35});
        TABELL_9.put("EGET_FORETAG", new int[]{0, 0});
        TABELL_9.put("ARBETAR_30", new int[]{1, 0});
        TABELL_9.put("ARBETAR_50", new int[]{8, 8});
        TABELL_9.put("ARBETAR_60", new int[]{1, 0});
        TABELL_9.put("ARBETAR_75", new int[]{5, 7});
        TABELL_9.put("ARBETAR_80", new int[]{3, 0});
        TABELL_9.put("ARBETAR_100", new int[]{27, 46});
        TABELL_9.put("STUDERANDE", new int[]{12, 22});
        TABELL_9.put("AKTIVT_ARBETSSOKANDE", new int[]{11, 26});
    }

    static final String KNIVSTA_FORKLARING = "Pågående män enligt SUS-uttaget; en deltagare registrerades dubbelt och utreds.";

    private SusExempel() {
    }

    public static List<String> rubriker() {
        List<String> r = new ArrayList<>(SusMall.rubriker(EnumSet.of(Grupp.DELTAGARE, Grupp.AVSLUTSORSAKER)));
        r.add(SusKolumnprofil.FORKLARING);
        return r;
    }

    /** The rows of the H2 2022 sample, in {@link #rubriker()}'s order. */
    public static List<List<Object>> rader() {
        int n = TABELL_6_8.length;
        int[][] avslutade = new int[n][2];
        for (int i = 0; i < n; i++) {
            avslutade[i] = new int[]{(int) TABELL_6_8[i][5], (int) TABELL_6_8[i][6]};
        }
        // work per insats, then split by kind and by extent from the totals' pools; then studies, job-seeking
        Map<String, int[][]> anledning = new LinkedHashMap<>();
        int[][] kvar = new int[n][2];
        for (int i = 0; i < n; i++) {
            kvar[i] = avslutade[i].clone();
        }
        int[][] arbete = fordela(new int[]{45, 61}, kvar);
        for (String[] pool : new String[][]{{"SUBVENTIONERAT_ARBETE", "EJ_SUBVENTIONERAT_ARBETE", "EGET_FORETAG"},
                {"ARBETAR_30", "ARBETAR_50", "ARBETAR_60", "ARBETAR_75", "ARBETAR_80", "ARBETAR_100"}}) {
            int[][] behov = new int[n][2];
            for (int i = 0; i < n; i++) {
                behov[i] = arbete[i].clone();
            }
            for (String kod : pool) {
                anledning.put(kod, fordela(TABELL_9.get(kod).clone(), behov));
            }
        }
        anledning.put("STUDERANDE", fordela(TABELL_9.get("STUDERANDE").clone(), kvar));
        anledning.put("AKTIVT_ARBETSSOKANDE", fordela(TABELL_9.get("AKTIVT_ARBETSSOKANDE").clone(), kvar));
        anledning.put("FORTSATT_REHABILITERING", kvar);
        List<List<Object>> rader = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object[] t = TABELL_6_8[i];
            int slutK = (int) t[1], slutM = (int) t[2], inK = (int) t[3], inM = (int) t[4], utK = (int) t[5], utM = (int) t[6];
            int startK = Math.max(0, slutK + utK - inK), startM = Math.max(0, slutM + utM - inM);
            List<Object> rad = new ArrayList<>();
            rad.add(t[0]);
            km(rad, startK, startM);
            km(rad, inK, inM);
            km(rad, utK, utM);
            km(rad, (int) t[7], (int) t[8]);
            km(rad, slutK, slutM);
            rad.add(t[9]);
            km(rad, (int) t[10], (int) t[11]);
            for (SusKolumnprofil.Matt m : SusKolumnprofil.MATT) {
                if (m.grupp() == Grupp.AVSLUTSORSAKER) {
                    int[][] v = anledning.get(m.nyckel().substring("avslut.".length()));
                    rad.add(v == null ? 0 : v[i][0]);
                    rad.add(v == null ? 0 : v[i][1]);
                }
            }
            rad.add(startK + inK - utK != slutK || startM + inM - utM != slutM ? KNIVSTA_FORKLARING : null);
            rader.add(rad);
        }
        return rader;
    }

    /** Takes {@code total} (K, M) from the insatser in order, as much as each one's {@code kvar} allows; lowers kvar. */
    private static int[][] fordela(int[] total, int[][] kvar) {
        int[][] ut = new int[kvar.length][2];
        for (int kon = 0; kon < 2; kon++) {
            for (int i = 0; i < kvar.length && total[kon] > 0; i++) {
                int tar = Math.min(total[kon], kvar[i][kon]);
                ut[i][kon] = tar;
                kvar[i][kon] -= tar;
                total[kon] -= tar;
            }
            if (total[kon] > 0) {
                throw new IllegalStateException("tabell 9 ryms inte i de avslutade");
            }
        }
        return ut;
    }

    private static void km(List<Object> rad, int k, int m) {
        rad.add(k);
        rad.add(m);
        rad.add(k + m);
    }

    public static SusMall.Inledning inledning(LocalDate uttagsdatum) {
        return new SusMall.Inledning("Deltagarrapport och avslutningsanledningar", uttagsdatum,
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
    }

    public static byte[] h2xlsx() {
        return SusMall.xlsx(inledning(UTTAGSDATUM), rubriker(), rader());
    }

    public static byte[] h2csv() {
        return SusMall.csv(inledning(UTTAGSDATUM), rubriker(), rader());
    }

    /**
     * Registers the seven individinsatser of the sample in the second förbund (demo-annat) through a
     * data package, as its office (annat.kansli), so tests can import there without touching the
     * demo data the PM tests read. Importing the same package again changes nothing.
     */
    public static void registreraIAnnatForbund() {
        jakarta.json.JsonArrayBuilder insatser = jakarta.json.Json.createArrayBuilder();
        for (Object[] rad : TABELL_6_8) {
            String namn = (String) rad[0];
            insatser.add(jakarta.json.Json.createObjectBuilder().add("kod", "sus-" + Math.abs(namn.hashCode()))
                    .add("namn", namn).add("kortnamn", namn).add("typ", "INDIVIDINSATS").add("agare", "forsakringskassan")
                    .add("samverkansparter", jakarta.json.Json.createArrayBuilder()).add("start", "2022-01-01").add("slut", "2024-12-31")
                    .add("forlangningar", jakarta.json.Json.createArrayBuilder()).add("status", "AKTIV"));
        }
        String paket = jakarta.json.Json.createObjectBuilder().add("format", "uppfoljning-datapaket/1").add("forbund", "demo-annat")
                .add("period", jakarta.json.Json.createObjectBuilder().add("ar", 2022).add("halvar", 2)).add("insatser", insatser)
                .build().toString();
        se.finsam.uppfoljning.it.Api.Reply r = se.finsam.uppfoljning.it.Api.post("/api/datapaket",
                se.finsam.uppfoljning.it.KeycloakTokens.accessToken("annat.kansli"), paket);
        if (r.status() != 200) {
            throw new IllegalStateException("datapaket: " + r.status() + " " + r.body());
        }
    }

    /** Writes the samples to docs/sus/ (run from the repository root). */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "docs/sus"));
        Files.write(dir.resolve("sus-h2-2022.xlsx"), h2xlsx());
        Files.write(dir.resolve("sus-h2-2022.csv"), h2csv());
        List<String> alla = new ArrayList<>(SusMall.rubriker(EnumSet.allOf(Grupp.class)));
        alla.add(SusKolumnprofil.FORKLARING);
        Files.write(dir.resolve("kolumnprofil-v1-mall.xlsx"),
                SusMall.xlsx(new SusMall.Inledning("Deltagarrapport", null, null, null), alla, List.of()));
    }
}
