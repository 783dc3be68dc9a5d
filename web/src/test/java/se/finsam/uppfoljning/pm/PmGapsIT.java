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
 * An individinsats of the test's own in the second förbund's last ended half-year, imported as the
 * office imports data: its budget, its first quarter's report submitted and not approved, no second
 * quarter's report, no statistics, a deviation received in the half-year and not decided. Each of the
 * four gaps is listed once with the page that mends it; after the office approves the report, imports
 * the second quarter's and the förbundschef's decision, and types the statistics, the insats has none.
 * (Other insatser of the förbund have gaps of their own; only this insats' are counted.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PmGapsIT {

    static final String KOD = "pm-luckor";
    /**
     * The second förbund's office: its insatser and quarters are read by no other test, so the reports
     * this test leaves do not move the demo förbund's overview off its demo quarter.
     */
    static final String KANSLI = "annat.kansli";

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
        String kansli = KeycloakTokens.accessToken(KANSLI);
        String inkommen = LocalDate.of(ar, forsta * 3 - 1, 10).toString();
        String insatsen = """
                {"format": "uppfoljning-datapaket/2", "forbund": "demo-annat", "period": {"ar": %2$d, "halvar": %3$d},
                 "insatser": [{"kod": "%1$s", "namn": "Luckinsats i Annat län", "kortnamn": "Luckinsats", "typ": "INDIVIDINSATS",
                               "agare": "forsakringskassan", "start": "%2$d-01-01", "slut": "%4$d-12-31", "status": "AKTIV",
                               "mal": [{"nummer": 1, "beskrivning": "Fler deltagare närmar sig arbete."}]}],
                 "budgetar": [{"insats": "%1$s", "ar": %2$d, "belopp": 500000}],
                 "kvartalsrapporter": [%5$s],
                 "avvikelser": [{"insats": "%1$s", "typ": "MAL", "beskrivning": "Målet nås senare än planerat.",
                                 "inkommen": "%6$s", "beslut": []}]}
                """.formatted(KOD, ar, h[1], ar + 1, rapport(ar, forsta, "INSKICKAD", inkommen), inkommen);
        Api.Reply importerat = Api.post("/api/datapaket", kansli, insatsen);
        assertThat(importerat.status()).as(importerat.body()).isEqualTo(200);
        long insats = insatsId(kansli);
        String pm = "/api/pm/" + ar + "/" + h[1] + "/luckor";

        Map<String, List<String>> luckor = luckor(pm, kansli, insats);
        assertThat(luckor).as("each gap of the insats once").containsOnlyKeys("KVARTALSRAPPORT_EJ_GODKAND",
                "KVARTALSRAPPORT_SAKNAS", "STATISTIK_SAKNAS", "AVVIKELSE_EJ_BESLUTAD");
        assertThat(luckor.values()).allSatisfy(l -> assertThat(l).hasSize(1));
        String rapport = "kvartalsrapport.xhtml?insats=" + insats + "&ar=" + ar + "&kvartal=";
        assertThat(luckor.get("KVARTALSRAPPORT_EJ_GODKAND")).containsExactly(rapport + forsta);
        assertThat(luckor.get("KVARTALSRAPPORT_SAKNAS")).containsExactly(rapport + (forsta + 1));
        assertThat(luckor.get("STATISTIK_SAKNAS")).containsExactly("deltagarstatistik.xhtml?insats=" + insats + "&ar=" + ar + "&halvar=" + h[1]);
        long avvikelse = ((JsonArray) Api.get("/api/insatser/" + insats + "/avvikelser", kansli).json()).getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertThat(luckor.get("AVVIKELSE_EJ_BESLUTAD")).containsExactly("avvikelse.xhtml?id=" + avvikelse);
        // another förbund's office does not see them; the board does not read drafts
        assertThat(luckor(pm, KeycloakTokens.accessToken("kansli"), insats)).isEmpty();
        assertThat(Api.get(pm, KeycloakTokens.accessToken("styrelse")).status()).isEqualTo(403);

        // mended: the office approves the submitted report; the second quarter's comes in approved and the
        // förbundschef's decision on the deviation with it, as the office imports them; the statistics typed
        String rapporter = "/api/insatser/" + insats + "/kvartalsrapporter/" + ar + "/";
        long version = Api.get(rapporter + forsta, kansli).object().getJsonNumber("version").longValue();
        Api.Reply godkand = Api.post(rapporter + forsta + "/godkannande", kansli, "{\"version\": " + version + "}");
        assertThat(godkand.status()).as(godkand.body()).isEqualTo(200);
        String beslutsdatum = LocalDate.of(ar, (forsta + 1) * 3, 20).toString();
        Api.Reply andra = Api.post("/api/datapaket", kansli, """
                {"format": "uppfoljning-datapaket/2", "forbund": "demo-annat", "period": {"ar": %2$d, "halvar": %3$d},
                 "insatser": [],
                 "kvartalsrapporter": [%4$s],
                 "avvikelser": [{"insats": "%1$s", "typ": "MAL", "beskrivning": "Målet nås senare än planerat.",
                                 "inkommen": "%5$s", "beslut": [{"utfall": "GODKAND", "motivering": "Styrelsen informeras.",
                                 "beslutsdatum": "%6$s"}]}]}
                """.formatted(KOD, ar, h[1], rapport(ar, forsta + 1, "GODKAND", beslutsdatum), inkommen, beslutsdatum));
        assertThat(andra.status()).as(andra.body()).isEqualTo(200);
        // four women and four men enrolled, all still in the insats at the period's end
        Api.Reply statistik = Api.put("/api/insatser/" + insats + "/deltagarstatistik/" + ar + "/" + h[1], kansli,
                "{\"version\":0,\"pagaendeStart\":{\"k\":0,\"m\":0},\"inregistrerade\":{\"k\":4,\"m\":4},"
                        + "\"avslutade\":{\"k\":0,\"m\":0},\"avslutadeHelaPerioden\":{\"k\":0,\"m\":0},"
                        + "\"pagaendeSlut\":{\"k\":4,\"m\":4},\"anonyma\":0,\"arbeteStudier\":{\"k\":0,\"m\":0},"
                        + "\"avslutningsanledningar\":[]}");
        assertThat(statistik.status()).as(statistik.body()).isEqualTo(200);

        assertThat(luckor(pm, kansli, insats)).as("no gap of the insats is left").isEmpty();
    }

    /**
     * A report of the insats for the package, its one goal on track; the second förbund has no question
     * set, so there is nothing else to answer.
     */
    private static String rapport(int ar, int kvartal, String status, String datum) {
        String godkand = "GODKAND".equals(status) ? ", \"godkand\": \"" + datum + "\"" : "";
        return """
                {"insats": "%s", "ar": %d, "kvartal": %d, "status": "%s", "inskickad": "%s"%s,
                 "mal": [{"nummer": 1, "status": "JA", "prognos": "JA", "kommentar": "Enligt plan."}],
                 "vakansSof": false, "vakansEgen": false, "budgetavvikelseInskickad": false, "svar": []}"""
                .formatted(KOD, ar, kvartal, status, datum, godkand);
    }

    private static long insatsId(String kansli) {
        return ((JsonArray) Api.get("/api/insatser", kansli).json()).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kod").equals(KOD)).findFirst().orElseThrow().getJsonNumber("id").longValue();
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
