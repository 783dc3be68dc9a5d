package se.finsam.uppfoljning.deltagare;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.sus.SusExempel;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, participant statistics. Part 1 (entry): Håbo's rapportör finds the
 * statistics due on the start page, enters the first half of 2023, sees the balance rule fire beside
 * the field as they type, corrects the figure and saves. axe-core finds no WCAG 2.1 A/AA violations
 * on the pages on the way. Part 2 (SUS import): the office of the second förbund (so the demo data
 * stays as the PM tests read it) uploads a SUS export with an error and sees the problem per row and
 * column, then uploads the sample export (the seeds' H2 figures, for 2023), follows the check,
 * reads the preview per insats, commits it and sees the result and the import listed. axe-core
 * finds no violations on any of those pages.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
class StatisticsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    @SignedIn("habo.rapportor")
    void entry_rapportorEntersFiguresSeesARuleFireAndFixesIt() {
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
        // the check answers each field as it is left, so wait for the answer to the last figure typed
        awaitText("m-pagaendeSlut-k", "(30)");
        awaitText("m-pagaendeSlut-m", "");
        assertThat(text("m-pagaendeSlut-k")).contains("DEL-012", "(30)", "(29)");
        assertThat(browser.findElement(By.id("regellista")).getText()).contains("DEL-012");
        assertThat(Browser.accessibilityViolations(browser)).as("deltagarstatistik.xhtml, a rule fires").isEmpty();

        WebElement slutK = browser.findElement(By.id("statistik:pagaendeSlut-k"));
        slutK.clear();
        // leaving the field is what asks the page to check it again
        type("pagaendeSlut-k", "29" + org.openqa.selenium.Keys.TAB);
        awaitText("m-pagaendeSlut-k", "");
        assertThat(browser.findElements(By.id("regellista"))).isEmpty();

        browser.findElement(By.id("statistik:spara")).click();
        Browser.awaitConfirmation(browser, "Statistiken är sparad.");
        assertThat(browser.findElement(By.id("statistik:pagaendeSlut-k")).getAttribute("value")).isEqualTo("29");
        assertThat(Browser.accessibilityViolations(browser)).as("deltagarstatistik.xhtml, saved").isEmpty();

        browser.get(Deployments.baseUrl() + "/");
        assertThat(Browser.await(browser, By.id("statistiklista")).getText()).doesNotContain("2023 jan–juni");
    }

    @Test
    @SignedIn("annat.kansli")
    void import_officePreviewsAndCommitsASusFile() throws Exception {
        SusExempel.registreraIAnnatForbund();
        java.util.List<java.util.List<Object>> rader = new java.util.ArrayList<>();
        SusExempel.rader().forEach(r -> rader.add(new java.util.ArrayList<>(r)));
        se.finsam.uppfoljning.sus.control.SusMall.Inledning ar2023 = new se.finsam.uppfoljning.sus.control.SusMall.Inledning(
                "Deltagarrapport", java.time.LocalDate.of(2024, 1, 15), java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2023, 12, 31));
        java.util.List<Object> fel = new java.util.ArrayList<>(rader.get(0));
        fel.set(SusExempel.rubriker().indexOf("Inskrivna K"), "fyrtiofem");
        java.util.List<java.util.List<Object>> felaktiga = new java.util.ArrayList<>(rader);
        felaktiga.set(0, fel);
        java.nio.file.Path trasig = java.nio.file.Files.createTempFile("sus-fel-", ".xlsx");
        java.nio.file.Path bra = java.nio.file.Files.createTempFile("sus-2023-", ".xlsx");
        try {
            java.nio.file.Files.write(trasig, se.finsam.uppfoljning.sus.control.SusMall.xlsx(ar2023, SusExempel.rubriker(), felaktiga));
            java.nio.file.Files.write(bra, se.finsam.uppfoljning.sus.control.SusMall.xlsx(ar2023, SusExempel.rubriker(), rader));

            browser.get(Deployments.baseUrl() + "/");
            Browser.await(browser, By.linkText("SUS-import")).click();
            Browser.awaitUrl(browser, "sus-import.xhtml");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("SUS-import");
            assertThat(Browser.accessibilityViolations(browser)).as("sus-import.xhtml, upload").isEmpty();

            ladda(trasig);
            WebElement problem = Browser.await(browser, By.id("problemtabell"));
            assertThat(problem.getText()).contains("DEL-109", "Inskrivna K", "fyrtiofem");
            assertThat(browser.findElement(By.id("problemrubrik")).getText()).contains("har inte lästs in");
            assertThat(browser.findElements(By.id("genomforande:genomfor"))).isEmpty();
            assertThat(Browser.accessibilityViolations(browser)).as("sus-import.xhtml, refused").isEmpty();

            browser.findElement(By.linkText("Ladda upp en ny fil")).click();
            ladda(bra);
            WebElement andringar = Browser.await(browser, By.id("andringstabell"));
            assertThat(browser.findElement(By.id("forhandsrubrik")).getText()).contains("Förhandsgranskning: 7 av 7 insatser ändras");
            assertThat(andringar.getText()).contains("Håbo, Framsteget 2.0", "45 K, 61 M", "Förklarad avvikelse: DEL-012");
            assertThat(browser.findElement(By.id("uttag")).getText()).isEqualTo("2024-01-15");
            assertThat(Browser.accessibilityViolations(browser)).as("sus-import.xhtml, preview").isEmpty();

            browser.findElement(By.id("genomforande:genomfor")).click();
            Browser.awaitConfirmation(browser, "Filen är inläst: 7 insatser ändrades.");
            assertThat(browser.findElement(By.id("forhandsrubrik")).getText()).contains("Inläst: 7 av 7 insatser ändrade");
            assertThat(browser.findElement(By.id("historik")).getText()).contains("2023 halvår 2", "2024-01-15", "annat.kansli");
            assertThat(Browser.accessibilityViolations(browser)).as("sus-import.xhtml, committed").isEmpty();
        } finally {
            java.nio.file.Files.deleteIfExists(trasig);
            java.nio.file.Files.deleteIfExists(bra);
        }
    }

    /** Chooses the file, the year 2023 and halvår 2, uploads, and waits for the check to finish. */
    private void ladda(java.nio.file.Path fil) {
        Browser.await(browser, By.id("uppladdning:fil")).sendKeys(fil.toAbsolutePath().toString());
        WebElement ar = browser.findElement(By.id("uppladdning:ar"));
        ar.clear();
        ar.sendKeys("2023");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("uppladdning:halvar"))).selectByValue("2");
        browser.findElement(By.id("uppladdning:ladda")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> !b.findElements(By.id("problem")).isEmpty()
                || !b.findElements(By.id("forhandsgranskning")).isEmpty());
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
        try {
            // the page's ajax answer replaces the element, perhaps while it is read: read it anew
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(b -> {
                String t = b.findElement(By.id("statistik:" + id)).getText();
                return contains.isEmpty() ? t.isEmpty() : t.contains(contains);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + contains + "\" not in " + id + ": "
                    + browser.findElement(By.id("statistik:" + id)).getAttribute("outerHTML"), e);
        }
    }
}
