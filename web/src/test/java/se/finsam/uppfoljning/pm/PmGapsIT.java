package se.finsam.uppfoljning.pm;

import jakarta.json.JsonArray;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, must-show 4: what a half-year's PM still lacks ({@code GET /api/pm/{år}/{halvår}/luckor}).
 * An individinsats of the test's own in the last ended half-year, imported as the office imports
 * data with its budget and a deviation received in the half-year and not decided; the rapportör
 * submits the first quarter's report, which is not approved; the second quarter's is not written; no
 * statistics. Each of the four gaps is listed
 * once with the page that mends it; after the office approves, the rapportör submits, the statistics
 * are entered and the förbundschef decides, the insats has none. (Other tests' insatser of the same
 * förbund have gaps of their own; only this insats' are counted.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PmGapsIT {

    static final String KOD = "pm-luckor";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    /** The last half-year that has ended: its quarters have ended too. */
    static int[] senasteHalvar() {
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        return idag.getMonthValue() <= 6 ? new int[]{idag.getYear() - 1, 2} : new int[]{idag.getYear(), 1};
    }

    @Test
    void eachGapIsListedOnceWithItsLinkAndNoneRemainAfterTheyAreMended() {
        int[] h = senasteHalvar();
        int ar = h[0];
        int forsta = h[1] * 2 - 1;
        String kansli = KeycloakTokens.accessToken("kansli");
        String start = LocalDate.of(ar, forsta * 3 - 2, 1).toString();
        String inkommen = LocalDate.of(ar, forsta * 3 - 1, 10).toString();
        String insatsen = """
                {"format": "uppfoljning-datapaket/2", "forbund": "uppsala-lan", "period": {"ar": %2$d, "halvar": %3$d},
                 "insatser": [{"kod": "%1$s", "namn": "Håbo, Luckinsats", "kortnamn": "Luckinsats", "typ": "INDIVIDINSATS",
                               "agare": "habo", "start": "%4$s", "slut": "%5$d-12-31", "status": "AKTIV",
                               "mal": [{"nummer": 1, "beskrivning": "Fler deltagare närmar sig arbete."}],
                               "tilldelningar": [{"anvandare": "habo.rapportor", "roll": "rapportor"}]}],
                 "budgetar": [{"insats": "%1$s", "ar": %2$d, "belopp": 500000}],
                 "avvikelser": [{"insats": "%1$s", "typ": "MAL", "beskrivning": "Målet nås senare än planerat.",
                                 "inkommen": "%6$s", "beslut": []}]}
                """.formatted(KOD, ar, h[1], start, ar + 1, inkommen);
        Api.Reply importerat = Api.post("/api/datapaket", kansli, insatsen);
        assertThat(importerat.status()).as(importerat.body()).isEqualTo(200);
        long insats = Api.insatsId(KOD);
        // the rapportör submits the first quarter's report (late); the second quarter's is not written
        String rapporter = "/api/insatser/" + insats + "/kvartalsrapporter/" + ar + "/";
        skickaIn(rapporter + forsta);
        String pm = "/api/pm/" + ar + "/" + h[1] + "/luckor";

        Map<String, List<String>> luckor = luckor(pm, kansli, insats);
        assertThat(luckor).as("each gap of the insats once").containsOnlyKeys("KVARTALSRAPPORT_EJ_GODKAND",
                "KVARTALSRAPPORT_SAKNAS", "STATISTIK_SAKNAS", "AVVIKELSE_EJ_BESLUTAD");
        assertThat(luckor.values()).allSatisfy(l -> assertThat(l).hasSize(1));
        String rapport = "kvartalsrapport.xhtml?insats=" + insats + "&ar=" + ar + "&kvartal=";
        assertThat(luckor.get("KVARTALSRAPPORT_EJ_GODKAND")).containsExactly(rapport + forsta);
        assertThat(luckor.get("KVARTALSRAPPORT_SAKNAS")).containsExactly(rapport + (forsta + 1));
        assertThat(luckor.get("STATISTIK_SAKNAS")).containsExactly("deltagarstatistik.xhtml?insats=" + insats + "&ar=" + ar + "&halvar=" + h[1]);
        long avvikelse = ((JsonArray) Api.get("/api/insatser/" + insats + "/avvikelser", kansli).json()).getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(luckor.get("AVVIKELSE_EJ_BESLUTAD")).containsExactly("avvikelse.xhtml?id=" + avvikelse);
        // the förbundschef reads the same list; the board does not read drafts
        assertThat(luckor(pm, KeycloakTokens.accessToken("forbundschef"), insats)).isEqualTo(luckor);
        assertThat(Api.get(pm, KeycloakTokens.accessToken("styrelse")).status()).isEqualTo(403);

        // the office approves the submitted report; the rapportör submits the other and the office approves it too
        godkann(rapporter + forsta, kansli);
        skickaIn(rapporter + (forsta + 1));
        godkann(rapporter + (forsta + 1), kansli);
        // the statistics: four women and four men enrolled, all still in the insats at the period's end
        Api.Reply statistik = Api.put("/api/insatser/" + insats + "/deltagarstatistik/" + ar + "/" + h[1], kansli,
                "{\"version\":0,\"pagaendeStart\":{\"k\":0,\"m\":0},\"inregistrerade\":{\"k\":4,\"m\":4},"
                        + "\"avslutade\":{\"k\":0,\"m\":0},\"avslutadeHelaPerioden\":{\"k\":0,\"m\":0},"
                        + "\"pagaendeSlut\":{\"k\":4,\"m\":4},\"anonyma\":0,\"arbeteStudier\":{\"k\":0,\"m\":0},"
                        + "\"avslutningsanledningar\":[]}");
        assertThat(statistik.status()).as(statistik.body()).isEqualTo(200);
        Api.Reply beslut = Api.post("/api/avvikelser/" + avvikelse + "/beslut", KeycloakTokens.accessToken("forbundschef"),
                "{\"utfall\":\"GODKAND\",\"motivering\":\"Styrelsen informeras.\"}");
        assertThat(beslut.status()).as(beslut.body()).isEqualTo(200);

        assertThat(luckor(pm, kansli, insats)).as("no gap of the insats is left").isEmpty();
    }

    /**
     * The rapportör writes the report, every goal on track and every question in force for the quarter
     * answered with its first alternative (explained, where that answer asks for it), and submits it.
     */
    private static void skickaIn(String rapport) {
        String rapportor = KeycloakTokens.accessToken("habo.rapportor");
        JsonObject vy = Api.get(rapport, rapportor).object();
        String svar = vy.getJsonArray("svar").stream().map(JsonObject.class::cast)
                .map(f -> "{\"fraga\": \"" + f.getString("kod") + "\", \"svar\": \"" + f.getJsonArray("alternativ").getString(0)
                        + "\", \"forklaring\": \"Enligt plan.\"}")
                .collect(Collectors.joining(", "));
        Api.Reply sparad = Api.put(rapport, rapportor, "{\"version\": " + vy.getJsonNumber("version").longValue()
                + ", \"mal\": [{\"nummer\": 1, \"status\": \"JA\", \"prognos\": \"JA\", \"kommentar\": \"Enligt plan.\"}],"
                + " \"vakansSof\": false, \"vakansEgen\": false, \"budgetavvikelseInskickad\": false, \"svar\": [" + svar + "]}");
        assertThat(sparad.status()).as(sparad.body()).isEqualTo(200);
        Api.Reply inskickad = Api.post(rapport + "/inskick", rapportor,
                "{\"version\": " + sparad.object().getJsonNumber("version").longValue() + "}");
        assertThat(inskickad.status()).as(inskickad.body()).isEqualTo(200);
    }

    private static void godkann(String rapport, String kansli) {
        long version = Api.get(rapport, kansli).object().getJsonNumber("version").longValue();
        Api.Reply godkand = Api.post(rapport + "/godkannande", kansli, "{\"version\": " + version + "}");
        assertThat(godkand.status()).as(godkand.body()).isEqualTo(200);
    }

    /** The insats' gaps by kind, each kind's links. */
    private static Map<String, List<String>> luckor(String pm, String token, long insats) {
        Api.Reply svar = Api.get(pm, token);
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        JsonArray alla = (JsonArray) svar.json();
        return alla.stream().map(JsonObject.class::cast)
                .filter(l -> l.get("insatsId") instanceof jakarta.json.JsonNumber id && id.longValue() == insats)
                .collect(Collectors.groupingBy(l -> l.getString("typ"), java.util.TreeMap::new,
                        Collectors.mapping(l -> l.getString("lank"), Collectors.toList())));
    }
}
