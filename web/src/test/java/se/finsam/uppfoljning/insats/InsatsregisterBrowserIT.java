package se.finsam.uppfoljning.insats;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, the office of the second förbund registers an insats through the form (a
 * first try without dates and with a goal's target but not its text shows each error beside its field), sees it on its page,
 * records the board's extension and closes it early, and is asked for the final report. axe-core
 * finds no WCAG 2.1 A/AA violations on any of those pages.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
@SignedIn(Registerinsats.KANSLI)
class InsatsregisterBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void theOfficeRegistersExtendsAndClosesAnInsats() {
        String namn = Registerinsats.unik("Sidtest");
        Browser.await(browser, By.linkText("Insatser")).click();
        Browser.await(browser, By.id("registreralank")).click();
        Browser.awaitUrl(browser, "insats-form.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Registrera insats");
        assertThat(Browser.accessibilityViolations(browser)).as("insats-form.xhtml, empty").isEmpty();

        browser.findElement(By.id("insatsform:namn")).sendKeys(namn);
        browser.findElement(By.id("insatsform:kortnamn")).sendKeys(namn);
        new Select(browser.findElement(By.id("insatsform:agare"))).selectByVisibleText("Försäkringskassan");
        browser.findElement(By.cssSelector("input[id$=':malvarde']")).sendKeys("40 deltagare");
        browser.findElement(By.id("insatsform:spara")).click();
        String fel = Browser.await(browser, By.id("felsammanfattning")).getText();
        assertThat(fel).contains("flera fel");
        assertThat(browser.findElement(By.id("insatsform")).getText()).contains("Uppgiften måste anges.", "Ett mål måste ha en beskrivning.");
        assertThat(Browser.accessibilityViolations(browser)).as("insats-form.xhtml, refused").isEmpty();

        datum("insatsform:start", "2031-01-01");
        datum("insatsform:slut", "2030-12-31");
        browser.findElement(By.cssSelector("textarea[id$=':beskrivning']")).sendKeys("Fler deltagare närmar sig arbete.");
        browser.findElement(By.id("insatsform:spara")).click();
        Browser.await(browser, By.id("felsammanfattning"));
        assertThat(browser.findElement(By.id("insatsform")).getText()).contains("Slutdatum ligger före startdatum.");
        datum("insatsform:slut", "2031-12-31");
        browser.findElement(By.id("insatsform:laggTillLedamot")).click();
        Browser.await(browser, By.cssSelector("input[id$=':ledamot']")).sendKeys("Eva Ek");
        new Select(browser.findElement(By.cssSelector("select[id$=':organisation']"))).selectByVisibleText("Arbetsförmedlingen");
        browser.findElement(By.id("insatsform:spara")).click();

        Browser.awaitUrl(browser, "insats.xhtml");
        assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo(namn);
        assertThat(browser.findElement(By.cssSelector("dl.uppgifter")).getText()).contains("Försäkringskassan", "Eva Ek", "Fler deltagare");
        assertThat(Browser.accessibilityViolations(browser)).as("insats.xhtml, registered").isEmpty();

        datum("forlangning:slut", "2032-06-30");
        datum("forlangning:beslutsdatum", "2031-10-15");
        browser.findElement(By.id("forlangning:forlang")).click();
        Browser.awaitConfirmation(browser, "Förlängningen är registrerad.");
        assertThat(browser.findElement(By.cssSelector("dl.uppgifter")).getText()).contains("Till 2032-06-30, beslutad 2031-10-15 av Styrelsen");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='historik'] table")).getText()).isNotEmpty();

        browser.findElement(By.id("avslut:avsluta")).click();
        Browser.await(browser, By.id("felsammanfattning"));
        assertThat(browser.findElement(By.id("avslut")).getText()).contains("Insatsen pågår till 2032-06-30");
        assertThat(Browser.accessibilityViolations(browser)).as("insats.xhtml, close refused").isEmpty();
        datum("avslut:slut", "2032-03-31");
        datum("avslut:beslutsdatum", "2031-12-01");
        browser.findElement(By.id("avslut:avsluta")).click();
        Browser.awaitConfirmation(browser, "Insatsen är avslutad. Nu ska slutrapporten skrivas.");
        assertThat(browser.findElement(By.id("slutrapportbegaran")).getText()).contains("Skriv slutrapporten");
        // the history lists the close: the section's rows (the id "historik" is its heading's)
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='historik']")).getAttribute("textContent"))
                .contains("AVSLUTAD", Registerinsats.KANSLI);
        assertThat(Browser.accessibilityViolations(browser)).as("insats.xhtml, closed").isEmpty();
    }

    /** A date field's value as the browser's date picker would set it. */
    private void datum(String id, String iso) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", Browser.await(browser, By.id(id)), iso);
    }
}
