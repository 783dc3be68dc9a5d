package se.finsam.uppfoljning.budget;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new year opened from the previous one: in the second förbund (so the demo data stays as it is),
 * two insatser of 2095 with budgets (years nobody else uses), one continuing into 2096 and one
 * ending with 2095. 2096 proposes the continuing one with its goals and last year's budget and lists
 * the other as not continuing; the office confirms with an amount of its own, all or nothing; a
 * stale or malformed confirmation is refused and writes nothing; only the office of the förbund
 * confirms. The page renders the year with 0 axe-core violations.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
class YearSetupIT {

    private static final String KANSLI = "annat.kansli";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    @SignedIn(KANSLI)
    void aNewYearIsOpenedFromThePreviousOneAsAProposalTheOfficeConfirms() {
        String token = KeycloakTokens.accessToken(KANSLI);
        Api.Reply paket = Api.post("/api/datapaket", token, """
                {"format": "uppfoljning-datapaket/2", "forbund": "demo-annat", "period": {"ar": 2095, "halvar": 2},
                 "insatser": [
                   {"kod": "ys-fortsatt", "namn": "Årsstart, fortsätter", "kortnamn": "ys-fortsatt", "typ": "INDIVIDINSATS",
                    "agare": "forsakringskassan", "start": "2095-01-01", "slut": "2096-12-31", "status": "AKTIV",
                    "mal": [{"nummer": 1, "beskrivning": "Fler i arbete."}]},
                   {"kod": "ys-slutar", "namn": "Årsstart, slutar", "kortnamn": "ys-slutar", "typ": "STRUKTURINSATS",
                    "agare": "forsakringskassan", "start": "2095-01-01", "slut": "2095-12-31", "status": "AKTIV"}],
                 "budgetar": [{"insats": "ys-fortsatt", "ar": 2095, "belopp": 300000, "forstaHalvar": 100000},
                              {"insats": "ys-slutar", "ar": 2095, "belopp": 200000}]}""");
        assertThat(paket.status()).as(paket.body()).isEqualTo(200);

        JsonObject forslag = Api.get("/api/arsbudgetar/2096", token).object();
        List<JsonObject> rader = forslag.getJsonArray("insatser").getValuesAs(JsonObject.class);
        assertThat(rader).extracting(r -> r.getString("kod")).contains("ys-fortsatt").doesNotContain("ys-slutar");
        JsonObject fortsatt = rader.stream().filter(r -> r.getString("kod").equals("ys-fortsatt")).findFirst().orElseThrow();
        assertThat(fortsatt.getBoolean("forslag")).isTrue();
        assertThat(fortsatt.getJsonNumber("belopp").bigDecimalValue()).isEqualByComparingTo("300000");
        assertThat(fortsatt.getJsonNumber("forstaHalvar").bigDecimalValue()).isEqualByComparingTo("100000");
        assertThat(fortsatt.getJsonNumber("foregaendeBelopp").bigDecimalValue()).isEqualByComparingTo("300000");
        assertThat(fortsatt.getJsonArray("mal").getString(0)).isEqualTo("1. Fler i arbete.");
        assertThat(forslag.getJsonArray("avslutade").getValuesAs(JsonObject.class)).extracting(a -> a.getString("kortnamn"))
                .contains("ys-slutar");
        long id = fortsatt.getJsonNumber("insatsId").longValue();
        // nothing is written before the office confirms
        assertThat(Api.get("/api/insatser/" + id + "/ekonomi/2096", token).object().getJsonNumber("budgetVersion").longValue()).isZero();

        // a malformed amount refuses the whole confirmation
        Api.Reply fel = Api.put("/api/arsbudgetar/2096", token,
                "{\"budgetar\":[{\"insats\":" + id + ",\"version\":0,\"belopp\":\"mycket\"}]}");
        assertThat(fel.status()).as(fel.body()).isEqualTo(400);
        assertThat(fel.object().getString("code")).isEqualTo("BUD-002");
        assertThat(fel.object().getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("field"))
                .containsExactly("budgetar[0].belopp");
        // another förbund's office does not reach the insats
        Api.Reply annan = Api.put("/api/arsbudgetar/2096", KeycloakTokens.accessToken("kansli"),
                "{\"budgetar\":[{\"insats\":" + id + ",\"version\":0,\"belopp\":1}]}");
        assertThat(annan.status()).as(annan.body()).isEqualTo(400);
        assertThat(Api.put("/api/arsbudgetar/2096", KeycloakTokens.accessToken("forbundschef"), "{\"budgetar\":[]}").status())
                .isEqualTo(403);

        Api.Reply bekraftad = Api.put("/api/arsbudgetar/2096", token,
                "{\"budgetar\":[{\"insats\":" + id + ",\"version\":0,\"belopp\":\"320 000\",\"forstaHalvar\":null}]}");
        assertThat(bekraftad.status()).as(bekraftad.body()).isEqualTo(200);
        JsonObject efter = bekraftad.object().getJsonArray("insatser").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("kod").equals("ys-fortsatt")).findFirst().orElseThrow();
        assertThat(efter.getBoolean("forslag")).isFalse();
        assertThat(efter.getJsonNumber("version").longValue()).isEqualTo(1);
        JsonObject ekonomi = Api.get("/api/insatser/" + id + "/ekonomi/2096", token).object();
        assertThat(ekonomi.getJsonNumber("beviljat").bigDecimalValue()).isEqualByComparingTo("320000");
        assertThat(ekonomi.getJsonNumber("budgetForstaHalvaret").bigDecimalValue()).isEqualByComparingTo("160000");

        // confirming the proposal again (version 0) is stale now: refused, the budget stays
        Api.Reply inaktuell = Api.put("/api/arsbudgetar/2096", token,
                "{\"budgetar\":[{\"insats\":" + id + ",\"version\":0,\"belopp\":300000}]}");
        assertThat(inaktuell.status()).as(inaktuell.body()).isEqualTo(409);
        assertThat(inaktuell.object().getString("code")).isEqualTo("BUD-001");
        assertThat(Api.get("/api/insatser/" + id + "/ekonomi/2096", token).object().getJsonNumber("beviljat").bigDecimalValue())
                .isEqualByComparingTo("320000");

        Browser.await(browser, By.linkText("Årets budget")).click();
        Browser.awaitUrl(browser, "arsbudget.xhtml");
        browser.get(Deployments.baseUrl() + "/arsbudget.xhtml?ar=2096");
        assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo("Årets budget 2096");
        assertThat(browser.findElement(By.id("budgettabell")).getText()).contains("ys-fortsatt", "Beslutad", "1. Fler i arbete.");
        assertThat(browser.findElement(By.id("avslutade")).getText()).contains("ys-slutar");
        assertThat(Browser.accessibilityViolations(browser)).as("arsbudget.xhtml").isEmpty();
    }
}
