package se.finsam.uppfoljning.kvartalsrapport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Kvartalsrapportsida;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: Enköping's rapportör fills in and submits the 2022 Q3 report of Jobbcentrum;
 * the office signs in, sees it in the quarter overview, and approves it. axe-core finds no WCAG 2.1
 * A/AA violations on the pages on the way.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
@SignedIn("enkoping.rapportor")
class QuarterlyReportBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void rapportorSubmitsAndTheOfficeApproves() {
        long jobbcentrum = Api.insatsId("enkoping-jobbcentrum");
        String page = Deployments.baseUrl() + "/kvartalsrapport.xhtml?insats=" + jobbcentrum + "&ar=2022&kvartal=3";

        browser.get(Deployments.baseUrl() + "/insatser.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Insatser");
        assertThat(browser.getPageSource()).contains("Enköping, Jobbcentrum – Din väg framåt");
        assertThat(Browser.accessibilityViolations(browser)).as("insatser.xhtml").isEmpty();

        browser.get(page);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Utkast");
        assertThat(Browser.accessibilityViolations(browser)).as("kvartalsrapport.xhtml, blank").isEmpty();

        // submitting an empty report lists what is missing, in Swedish, and keeps it a draft
        browser.findElement(By.cssSelector("input[id$='skickaIn']")).click();
        assertThat(Browser.await(browser, By.id("felsammanfattning")).getText())
                .contains("Rapporten kan inte skickas in", "Ange om insatsen ligger i fas med mål 1");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Utkast");
        assertThat(Browser.accessibilityViolations(browser)).as("kvartalsrapport.xhtml, with errors").isEmpty();

        Kvartalsrapportsida.submitAsPlanned(browser, "Inga avvikelser detta kvartal.");
        assertThat(Browser.accessibilityViolations(browser)).as("kvartalsrapport.xhtml, submitted").isEmpty();

        browser.findElement(By.cssSelector("form.utloggning button")).click();
        Browser.awaitUrl(browser, "utloggad");

        browser.get(Deployments.baseUrl() + "/oversikt.xhtml?ar=2022&kvartal=3");
        Browser.signIn(browser, "kansli", "demo");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kvartalsrapporter 2022 kvartal 3");
        WebElement row = browser.findElement(By.xpath("//tr[th/a[contains(., 'Jobbcentrum')]]"));
        assertThat(row.getText()).contains("Inskickad");
        assertThat(Browser.accessibilityViolations(browser)).as("oversikt.xhtml").isEmpty();

        row.findElement(By.tagName("a")).click();
        assertThat(Browser.await(browser, By.id("status")).getText()).isEqualTo("Inskickad");
        assertThat(browser.getPageSource()).contains("Föregående kvartal");
        assertThat(Browser.accessibilityViolations(browser)).as("kvartalsrapport.xhtml, review").isEmpty();
        browser.findElement(By.cssSelector("input[id$='godkann']")).click();
        Browser.awaitConfirmation(browser, "Rapporten är godkänd och låst.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Godkänd");
    }
}
