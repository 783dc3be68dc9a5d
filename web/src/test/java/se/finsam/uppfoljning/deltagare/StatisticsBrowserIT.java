package se.finsam.uppfoljning.deltagare;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, participant statistics. Part 1 (entry): Håbo's rapportör finds the
 * statistics due on the start page, enters the first half of 2023, sees the balance rule fire beside
 * the field as they type, corrects the figure and saves. axe-core finds no WCAG 2.1 A/AA violations
 * on the pages on the way. (The SUS import's journey is part 2.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void entry_rapportorEntersFiguresSeesARuleFireAndFixesIt() {
        browser.get(Deployments.baseUrl() + "/");
        Browser.signIn(browser, "habo.rapportor", "demo");
        WebElement due = Browser.await(browser, By.id("statistiklista"));
        assertThat(due.getText()).contains("Håbo, Framsteget 2.0, 2023 jan–juni").doesNotContain("2022");
        assertThat(Browser.accessibilityViolations(browser)).as("index.xhtml").isEmpty();

        due.findElement(By.partialLinkText("2023 jan–juni")).click();
        assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo("Deltagarstatistik: Håbo, Framsteget 2.0, 2023 jan–juni");
        // the previous period (2022, whole year) beside the fields: 24 women and 31 men ongoing at its end
        assertThat(browser.findElement(By.xpath("//tr[th[starts-with(., 'Pågående vid periodens slut')]]")).getText())
                .contains("24 / 31");
        assertThat(Browser.accessibilityViolations(browser)).as("deltagarstatistik.xhtml, blank").isEmpty();

        type("pagaendeStart-k", "24");
        type("pagaendeStart-m", "31");
        type("inregistrerade-k", "10");
        type("inregistrerade-m", "10");
        type("avslutade-k", "5");
        type("avslutade-m", "5");
        type("avslutadeHelaPerioden-k", "26");
        type("avslutadeHelaPerioden-m", "35");
        type("arbeteStudier-k", "0");
        type("arbeteStudier-m", "0");
        reason("Aktivt arbetssökande", "5", "5");
        type("pagaendeSlut-k", "30");
        type("pagaendeSlut-m", "36");

        // 24 + 10 − 5 = 29, not 30: the rule fires beside the women's field, not the men's
        awaitText("m-pagaendeSlut-k", "DEL-012");
        assertThat(text("m-pagaendeSlut-k")).contains("(30)", "(29)");
        assertThat(text("m-pagaendeSlut-m")).isEmpty();
        assertThat(browser.findElement(By.id("regellista")).getText()).contains("DEL-012");
        assertThat(Browser.accessibilityViolations(browser)).as("deltagarstatistik.xhtml, a rule fires").isEmpty();

        WebElement slutK = browser.findElement(By.id("statistik:pagaendeSlut-k"));
        slutK.clear();
        type("pagaendeSlut-k", "29");
        awaitText("m-pagaendeSlut-k", "");
        assertThat(browser.findElements(By.id("regellista"))).isEmpty();

        browser.findElement(By.id("statistik:spara")).click();
        assertThat(Browser.await(browser, By.id("bekraftelse")).getText()).isEqualTo("Statistiken är sparad.");
        assertThat(browser.findElement(By.id("statistik:pagaendeSlut-k")).getAttribute("value")).isEqualTo("29");
        assertThat(Browser.accessibilityViolations(browser)).as("deltagarstatistik.xhtml, saved").isEmpty();

        browser.get(Deployments.baseUrl() + "/");
        assertThat(Browser.await(browser, By.id("statistiklista")).getText()).doesNotContain("2023 jan–juni");
    }

    private void type(String falt, String value) {
        browser.findElement(By.id("statistik:" + falt)).sendKeys(value);
    }

    private void reason(String benamning, String k, String m) {
        WebElement row = browser.findElement(By.xpath("//tr[th[normalize-space(.)='" + benamning + "']]"));
        row.findElement(By.cssSelector("input[id$=':ak']")).sendKeys(k);
        row.findElement(By.cssSelector("input[id$=':am']")).sendKeys(m);
    }

    private String text(String id) {
        return browser.findElement(By.id("statistik:" + id)).getText();
    }

    private void awaitText(String id, String contains) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
            String t = b.findElement(By.id("statistik:" + id)).getText();
            return contains.isEmpty() ? t.isEmpty() : t.contains(contains);
        });
    }
}
