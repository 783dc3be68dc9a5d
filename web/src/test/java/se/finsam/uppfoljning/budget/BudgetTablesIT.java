package se.finsam.uppfoljning.budget;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables 3 and 4 of both 2022 PMs, computed by the API from the demo data (budgets, approved
 * rekvisitioner, carry-over decisions, quarterly reports, deviations received) and compared cell by cell with the seeds.
 * The expected rows are typed from the seed documents, keyed by the insats' code. The seeds print
 * the insatser of table 4 under shorter names and in another order than the register; the product
 * prints each insats' one short name in the register's order, so rows are compared by insats.
 * No printed figure of tables 3 and 4 is a slip: every kvot follows from its utfall and budget.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BudgetTablesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    /**
     * One row per insats, as both PMs of 2022 print it: tabell 4 of H1 (utfall TSEK | budget TSEK |
     * förbr kvot | not), tabell 4 of H2 (Q1–Q2 utfall | Q1–Q2 budget | ack utfall | ack budget |
     * förbr kvot | överf till 2023 TSEK) and tabell 3 of H1 and of H2 (vakanser SOF-medel | vakanser
     * egenfinansierade resurser | inkomna avvikelser gällande budget).
     */
    record Seed(String kod, String tabell4H1, String tabell4H2, String tabell3H1, String tabell3H2) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("enkoping-jobbcentrum",       "1290|1338|96%|", "1290|1338|2489|2675|93%|", "Ja|Nej|Nej", "Ja|Nej|Nej"),
            new Seed("heby-plattform-individstod", "1059|1130|94%|", "1059|1130|2169|2261|96%|", "Nej|Nej|Ja", "Nej|Nej|Nej"),
            new Seed("habo-framsteget",            "1474|1799|82%|", "1474|1799|2988|3598|83%|", "Ja|Nej|Nej", "Nej|Nej|Nej"),
            new Seed("knivsta-en-vag-in",          "884|983|90%|", "884|983|1647|1965|84%|", "Nej|Nej|Nej", "Nej|Nej|Nej"),
            new Seed("tierp-ung-framtid",          "1116|1402|80%|", "1116|1402|2670|2804|95%|100", "Ja|Nej|Ja", "Nej|Nej|Nej"),
            new Seed("regexpro",                   "663|767|86%|har medel överf från 2021", "663|767|1238|1534|81%|250", "Nej|Nej|Nej", "Nej|Nej|Nej"),
            new Seed("uppsala-lokussamordnare",    "178|180|99%|", "178|180|336|360|93%|", "Nej|Nej|Nej", "Nej|Nej|Nej"),
            new Seed("uppsala-arbetslivsintro",    "697|1688|41%|har medel överf från 2021", "697|1688|1746|3375|52%|150", "Ja|Nej|Ja", "Ja|Nej|Ja"),
            new Seed("uppsala-digital-plattform",  "342|622|55%|har medel överf från 2021", "342|622|636|1245|51%|", "Nej|Nej|Nej", "Nej|Nej|Nej"),
            new Seed("alvkarleby-lokussamordnare", "84|79|106%|", "84|79|152|158|96%|", "Nej|Nej|Nej", "Nej|Nej|Nej"),
            new Seed("osthammar-bryggan",          "783|890|88%|", "783|890|1805|1780|101%|", "Nej|Nej|Nej", "Nej|Nej|Nej"));

    @Test
    void table4OfTheFirstHalfYear() {
        Map<String, String> rows = new HashMap<>();
        for (JsonObject r : rader("/api/pm/2022/1/budget")) {
            JsonObject h = r.getJsonObject("forstaHalvaret");
            rows.put(kod(r), h.getJsonNumber("utfallTsek") + "|" + h.getJsonNumber("budgetTsek") + "|"
                    + h.getString("forbrukningskvot") + "|" + text(r, "not"));
            assertThat(r.get("helaAret")).as("H1 has no whole-year column").isIn(null, JsonValue.NULL);
        }
        assertThat(rows).isEqualTo(swedish(seeds(Seed::tabell4H1)));
    }

    @Test
    void table4OfTheSecondHalfYearWithCarryOverTo2023() {
        Map<String, String> rows = new HashMap<>();
        for (JsonObject r : rader("/api/pm/2022/2/budget")) {
            JsonObject h = r.getJsonObject("forstaHalvaret");
            JsonObject ar = r.getJsonObject("helaAret");
            rows.put(kod(r), h.getJsonNumber("utfallTsek") + "|" + h.getJsonNumber("budgetTsek") + "|"
                    + ar.getJsonNumber("utfallTsek") + "|" + ar.getJsonNumber("budgetTsek") + "|"
                    + ar.getString("forbrukningskvot") + "|" + text(r, "overfortTillNastaTsek"));
        }
        assertThat(rows).isEqualTo(swedish(seeds(Seed::tabell4H2)));
    }

    @Test
    void table3OfBothHalfYearsComesFromTheQuarterlyReportsAndTheDeviationsReceived() {
        assertThat(tabell3(1)).isEqualTo(seeds(Seed::tabell3H1));
        assertThat(tabell3(2)).isEqualTo(seeds(Seed::tabell3H2));
    }

    @Test
    void theCarryOverTo2023RaisesThe2023BudgetOfTheInsats() {
        JsonObject e = Api.get("/api/insatser/" + Api.insatsId("tierp-ung-framtid") + "/ekonomi/2023",
                KeycloakTokens.accessToken("kansli")).object();
        assertThat(e.getJsonNumber("overfortFranForegaendeAr").bigDecimalValue()).isEqualByComparingTo("100000");
        assertThat(e.getString("not")).isEqualTo("har medel överf från 2022");
    }

    /** One table of the seeds, by insats code. */
    private static Map<String, String> seeds(Function<Seed, String> tabell) {
        return SEEDS.stream().collect(Collectors.toMap(Seed::kod, tabell));
    }

    /** The seeds print "96%"; the product writes Swedish "96 %" with a non-breaking space. */
    private static Map<String, String> swedish(Map<String, String> seeds) {
        Map<String, String> rows = new HashMap<>();
        seeds.forEach((k, v) -> rows.put(k, v.replace("%", "\u00a0%")));
        return rows;
    }

    private Map<String, String> tabell3(int halvar) {
        Map<String, String> rows = new HashMap<>();
        JsonObject t = Api.get("/api/pm/2022/" + halvar + "/forutsattningar", KeycloakTokens.accessToken("kansli")).object();
        for (JsonObject g : t.getJsonArray("grupper").getValuesAs(JsonObject.class)) {
            for (JsonObject r : g.getJsonArray("rader").getValuesAs(JsonObject.class)) {
                rows.put(kod(r), r.getString("vakanserSof") + "|" + r.getString("vakanserEgen") + "|" + r.getString("avvikelserBudget"));
            }
        }
        return rows;
    }

    private static List<JsonObject> rader(String path) {
        Api.Reply reply = Api.get(path, KeycloakTokens.accessToken("kansli"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object().getJsonArray("rader").getValuesAs(JsonObject.class);
    }

    private final Map<Long, String> koder = new HashMap<>();

    private String kod(JsonObject rad) {
        if (koder.isEmpty()) {
            JsonArray insatser = (JsonArray) Api.get("/api/insatser", KeycloakTokens.accessToken("kansli")).json();
            insatser.getValuesAs(JsonObject.class).forEach(i -> koder.put(i.getJsonNumber("id").longValue(), i.getString("kod")));
        }
        return koder.get(rad.getJsonNumber("insatsId").longValue());
    }

    private static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null || v == JsonValue.NULL ? "" : v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }
}
