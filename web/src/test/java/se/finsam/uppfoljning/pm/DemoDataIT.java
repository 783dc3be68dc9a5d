package se.finsam.uppfoljning.pm;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data is the two 2022 PMs transcribed into data packages and loaded through the import.
 * Read back through the API, tables 1 and 2 of both PMs have the seeds' rows and values. The
 * expected rows below are typed from the seed documents, not from the packages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDataIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    // Tabell 1, PM kvartal 1 och 2 2022: rubrik | namn | start | slut
    static final List<String> TABELL_1_H1 = List.of(
            "Individinsatser|Enköping, Jobbcentrum – Din väg framåt|2022-01-01|2022-12-31",
            "Individinsatser|Håbo, Framsteget 2.0|2022-01-01|2022-12-31",
            "Individinsatser|Knivsta, En väg in – steget vidare|2022-01-01|2022-12-31",
            "Individinsatser|Tierp, Ung framtid|2022-01-01|2022-12-31",
            "Individinsatser|Uppsala, Arbetslivsintro|2022-01-01|2022-12-31",
            "Individinsatser|Östhammar, Bryggan|2018-03-01|2023-08-31",
            "Individinsatser|Heby, Plattform för individstöd i samverkan|2021-01-01|2024-12-31",
            "Strukturinsatser|Uppsala, Lokussamordnare|2020-01-01|2022-12-31",
            "Strukturinsatser|Uppsala, Digital plattform för stöd i studier och digitaliserad samhällsorientering|2021-01-01|2022-12-31",
            "Strukturinsatser|Älvkarleby, Lokussamordnare|2018-04-01|2023-03-31",
            "Strukturinsatser|Reg.Ex.Pro|2020-10-01|2023-09-30");

    // Tabell 1, PM kvartal 3 och 4 2022; "*" = "beviljats förlängning vid styrelsemöte hösten 2022"
    static final List<String> TABELL_1_H2 = List.of(
            "Individinsatser|Enköping, Jobbcentrum – Din väg framåt|2022-01-01|2024-12-31*",
            "Individinsatser|Håbo, Framsteget 2.0|2022-01-01|2024-12-31*",
            "Individinsatser|Knivsta, En väg in – steget vidare|2022-01-01|2024-12-31*",
            "Individinsatser|Tierp, Ung framtid|2022-01-01|2024-12-31*",
            "Individinsatser|Uppsala, Arbetslivsintro|2022-01-01|2023-12-31*",
            "Individinsatser|Östhammar, Bryggan|2018-03-01|2023-08-31",
            "Individinsatser|Heby, Plattform för individstöd i samverkan|2021-01-01|2024-12-31",
            "Strukturinsatser|Uppsala, Lokussamordnare|2020-01-01|2024-12-31*",
            "Strukturinsatser|Uppsala, Digital plattform för stöd i studier och digitaliserad samhällsorientering|2021-01-01|2022-12-31",
            "Strukturinsatser|Älvkarleby, Lokussamordnare|2018-04-01|2025-03-31*",
            "Strukturinsatser|Reg.Ex.Pro|2020-10-01|2023-09-30");

    // Tabell 2, PM kvartal 1 och 2 2022: rubrik | namn | i fas | prognos
    static final List<String> TABELL_2_H1 = List.of(
            "Individinsatser|Enköping, Jobbcentrum – Din väg framåt|Delvis|Ja",
            "Individinsatser|Håbo, Framsteget 2.0|Ja|Ja",
            "Individinsatser|Knivsta, En väg in – steget vidare|Ja|Ja",
            "Individinsatser|Tierp, Ung framtid|Ja|Ja",
            "Individinsatser|Uppsala, Arbetslivsintro|Ja|Ja",
            "Individinsatser|Östhammar, Bryggan|Ja|Ja",
            "Individinsatser|Heby, Plattform för individstöd i samverkan|Ja|Ja",
            "Strukturinsatser|Uppsala, Lokussamordnare|Ja|Ja",
            "Strukturinsatser|Uppsala, Digital plattform...|Delvis|Ja",
            "Strukturinsatser|Älvkarleby, Lokussamordnare|Delvis|Ja",
            "Strukturinsatser|Reg.Ex.Pro|Ja|Ja");

    // Tabell 2, PM kvartal 3 och 4 2022. The closed Digital plattform is left out, as the PM says.
    // The seed spells the last row "RegExPro" here and "Reg.Ex.Pro" in its other tables; the
    // product prints one short name for an insats, so the row reads "Reg.Ex.Pro".
    static final List<String> TABELL_2_H2 = List.of(
            "Individinsatser|Enköping, Jobbcentrum – Din väg framåt|Nej, inte fullt ut|Målen kommer inte nås fullt ut",
            "Individinsatser|Håbo, Framsteget 2.0|Ja|Målen kommer nås",
            "Individinsatser|Knivsta, En väg in – steget vidare|Ja, i stort sett|Målen kommer inte nås fullt ut",
            "Individinsatser|Tierp, Ung framtid|Ja|Målen kommer nås",
            "Individinsatser|Uppsala, Arbetslivsintro|Ja|Målen kommer nås",
            "Individinsatser|Östhammar, Bryggan|Ja|Målen kommer nås",
            "Individinsatser|Heby, Plattform för individstöd i samverkan|Ja, i stort sett|Målen kommer nås",
            "Strukturinsatser|Uppsala, Lokussamordnare|Ja|Målen kommer nås",
            "Strukturinsatser|Älvkarleby, Lokussamordnare|Ja|Målen kommer nås",
            "Strukturinsatser|Reg.Ex.Pro|Ja|Målen kommer nås");

    @Test
    void tabell1OfBothPms() {
        assertThat(tabell1(2022, 1)).containsExactlyElementsOf(TABELL_1_H1);
        assertThat(tabell1(2022, 2)).containsExactlyElementsOf(TABELL_1_H2);
    }

    @Test
    void theSummaryCountsOfBothPms() {
        // "Under första halvåret 2022 har 11 finansierade insatser varit i gång. … sju individinsatser
        // och fyra är strukturinsatser. Ingen insats har avslutats."
        JsonObject h1 = get("/api/pm/2022/1/insatser");
        assertThat(List.of(h1.getInt("antal"), h1.getInt("individinsatser"), h1.getInt("strukturinsatser"), h1.getInt("avslutade")))
                .containsExactly(11, 7, 4, 0);
        // "… 11 finansierade insatser … sju individinsatser och fyra är strukturinsatser. En insats har avslutats vid årsskiftet."
        JsonObject h2 = get("/api/pm/2022/2/insatser");
        assertThat(List.of(h2.getInt("antal"), h2.getInt("individinsatser"), h2.getInt("strukturinsatser"), h2.getInt("avslutade")))
                .containsExactly(11, 7, 4, 1);
    }

    @Test
    void tabell2OfBothPms() {
        assertThat(tabell2(2022, 1)).containsExactlyElementsOf(TABELL_2_H1);
        assertThat(tabell2(2022, 2)).containsExactlyElementsOf(TABELL_2_H2);
    }

    @Test
    void theTrafficLightsFollowTheDocumentedRule() {
        List<String> lights = get("/api/pm/2022/2/mal").getJsonArray("grupper").getValuesAs(JsonObject.class).stream()
                .flatMap(g -> g.getJsonArray("rader").getValuesAs(JsonObject.class).stream())
                .map(r -> r.getString("trafikljus")).toList();
        assertThat(lights).containsExactly("ROD", "GRON", "GUL", "GRON", "GRON", "GRON", "GUL", "GRON", "GRON", "GRON");
    }

    @Test
    void theExportedPackageReadsBackTheSameRegister() {
        JsonObject paket = get("/api/datapaket/2022/2");
        assertThat(paket.getString("format")).isEqualTo("uppfoljning-datapaket/2");
        assertThat(paket.getJsonArray("insatser")).hasSize(11);
        assertThat(paket.getJsonArray("kvartalsrapporter").getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getInt("kvartal") == 4).hasSize(11);
    }

    private static List<String> tabell1(int ar, int halvar) {
        return get("/api/pm/" + ar + "/" + halvar + "/insatser").getJsonArray("grupper").getValuesAs(JsonObject.class).stream()
                .flatMap(g -> g.getJsonArray("rader").getValuesAs(JsonObject.class).stream()
                        .map(r -> g.getString("rubrik") + "|" + r.getString("namn") + "|" + r.getString("start") + "|"
                                + r.getString("slut") + (r.getBoolean("forlangd") ? "*" : "")))
                .toList();
    }

    private static List<String> tabell2(int ar, int halvar) {
        return get("/api/pm/" + ar + "/" + halvar + "/mal").getJsonArray("grupper").getValuesAs(JsonObject.class).stream()
                .flatMap(g -> g.getJsonArray("rader").getValuesAs(JsonObject.class).stream()
                        .map(r -> g.getString("rubrik") + "|" + r.getString("namn") + "|" + r.getString("iFas") + "|"
                                + r.getString("prognos")))
                .toList();
    }

    private static JsonObject get(String path) {
        Api.Reply r = Api.get(path, KeycloakTokens.accessToken("kansli"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.object();
    }
}
