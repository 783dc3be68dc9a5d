package se.finsam.uppfoljning.kvartalsrapport;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, the office of the second förbund (so the demo data stays as the PM tests read
 * it) opens the question-set page, starts a new set in 2093 (a year nobody else uses), adds two
 * questions with their answer types and saves; then rewords one and moves the other first, and saves
 * again. A saved question's answer type is shown, not offered; the API refuses a change (KVR-011).
 * axe-core finds no WCAG 2.1 A/AA violations on the way.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
@SignedIn("annat.kansli")
class FragebatteriBrowserIT {

    private static final int AR = 2093;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void theOfficeCreatesRewordsAndReordersASetAndTheAnswerTypeStaysAsAsked() {
        String token = KeycloakTokens.accessToken("annat.kansli");
        List<Integer> tagna = ((JsonArray) Api.get("/api/fragebatterier/" + AR, token).json()).getValuesAs(JsonObject.class)
                .stream().map(b -> b.getInt("franKvartal")).toList();
        int fran = IntStream.rangeClosed(1, 4).filter(q -> !tagna.contains(q)).findFirst()
                .orElseThrow(() -> new IllegalStateException("alla kvartal " + AR + " har redan frågebatterier"));

        Browser.await(browser, By.linkText("Frågebatterier")).click();
        Browser.awaitUrl(browser, "fragebatterier.xhtml");
        assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo("Frågebatterier");
        assertThat(Browser.accessibilityViolations(browser)).as("fragebatterier.xhtml").isEmpty();

        browser.get(Deployments.baseUrl() + "/fragebatterier.xhtml?ar=" + AR + "&fran=" + fran);
        assertThat(Browser.await(browser, By.id("batterirubrik")).getText()).contains("Nytt frågebatteri " + AR);
        // start from nothing: the proposal (the set in force then, if any) is taken away
        while (!browser.findElements(By.id("fragor:rader:0:tabort")).isEmpty()) {
            submit(By.id("fragor:rader:0:tabort"));
        }
        submit(By.id("fragor:laggTill"));
        submit(By.id("fragor:laggTill"));
        fill(0, "fb_mote", "Möten", "Har styrgruppen mötts under kvartalet?");
        new Select(browser.findElement(By.id("fragor:rader:0:svarstypval"))).selectByValue("JA_NEJ");
        browser.findElement(By.id("fragor:rader:0:forklaring")).sendKeys("NEJ");
        fill(1, "fb_plan", "Plan", "Följer insatsen sin plan?");
        new Select(browser.findElement(By.id("fragor:rader:1:svarstypval"))).selectByValue("OK_EJ_OK");
        assertThat(Browser.accessibilityViolations(browser)).as("fragebatterier.xhtml, ny").isEmpty();
        submit(By.id("fragor:spara"));
        Browser.awaitConfirmation(browser, "Frågebatteriet för " + AR + " från kvartal " + fran + " är sparat (2 frågor).");

        // saved: the answer type is shown, not offered
        assertThat(browser.findElements(By.id("fragor:rader:0:svarstypval"))).isEmpty();
        assertThat(browser.findElement(By.id("svarstyp-0")).getText()).isEqualTo("Ja / nej");
        assertThat(browser.findElement(By.id("svarstyp-1")).getText()).isEqualTo("Ok / ej ok");
        assertThat(browser.findElements(By.id("fragor:rader:0:tabort"))).isEmpty();
        assertThat(Browser.accessibilityViolations(browser)).as("fragebatterier.xhtml, sparad").isEmpty();

        WebElement rubrik = browser.findElement(By.id("fragor:rader:0:rubrik"));
        rubrik.clear();
        rubrik.sendKeys("Styrgruppsmöten");
        submit(By.id("fragor:rader:1:upp"));
        submit(By.id("fragor:spara"));
        Browser.awaitConfirmation(browser, "Frågebatteriet för " + AR + " från kvartal " + fran + " är sparat (2 frågor).");
        assertThat(browser.findElement(By.id("fragor:rader:0:rubrik")).getAttribute("value")).isEqualTo("Plan");
        assertThat(browser.findElement(By.id("fragor:rader:1:rubrik")).getAttribute("value")).isEqualTo("Styrgruppsmöten");

        JsonObject sparat = ((JsonArray) Api.get("/api/fragebatterier/" + AR, token).json()).getValuesAs(JsonObject.class)
                .stream().filter(b -> b.getInt("franKvartal") == fran).findFirst().orElseThrow();
        assertThat(sparat.getJsonArray("fragor").getValuesAs(JsonObject.class)).extracting(f -> f.getString("kod"))
                .containsExactly("fb_plan", "fb_mote");
        assertThat(sparat.getJsonArray("fragor").getJsonObject(1).getString("rubrik")).isEqualTo("Styrgruppsmöten");

        // the rule behind the page: an asked question keeps its answer type
        Api.Reply andrad = Api.put("/api/fragebatterier/" + AR + "/" + fran, token,
                "[{\"kod\":\"fb_mote\",\"rubrik\":\"Möten\",\"text\":\"x\",\"svarstyp\":\"OK_EJ_OK\",\"forklaringKravsVid\":[]}]");
        assertThat(andrad.status()).as(andrad.body()).isEqualTo(409);
        assertThat(andrad.object().getString("code")).isEqualTo("KVR-011");
    }

    private void fill(int rad, String kod, String rubrik, String text) {
        browser.findElement(By.id("fragor:rader:" + rad + ":kod")).sendKeys(kod);
        browser.findElement(By.id("fragor:rader:" + rad + ":rubrik")).sendKeys(rubrik);
        browser.findElement(By.id("fragor:rader:" + rad + ":text")).sendKeys(text);
    }

    private void submit(By by) {
        Browser.submit(browser, by);
    }
}
