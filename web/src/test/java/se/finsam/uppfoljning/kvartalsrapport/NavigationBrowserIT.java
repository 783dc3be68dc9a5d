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
import org.openqa.selenium.support.ui.Select;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium against the real Keycloak: the office lands on the overview of the demo
 * quarter and reaches every 2022 report of an insats from the insatser page; a rapportör's start page
 * lists the reports due and leads to them; the förbundschef and a steering-group member see what they
 * follow. axe-core finds no WCAG 2.1 A/AA violations on any page visited.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
class NavigationBrowserIT {

    private static final Pattern OVERSIKT = Pattern.compile("Kvartalsrapporter (\\d{4}) kvartal ([1-4])");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    @SignedIn("kansli")
    void theOfficeLandsOnTheDemoQuarterAndReachesEvery2022Report() {
        browser.get(Deployments.baseUrl() + "/oversikt.xhtml");

        // the demo data holds the 2022 PMs' reports (Q2 and Q4): years later, the overview opens on the
        // latest quarter past its deadline that has reports (2022 Q4, or later if another test reported)
        Matcher h1 = OVERSIKT.matcher(browser.findElement(By.tagName("h1")).getText());
        assertThat(h1.matches()).as("h1 of the overview").isTrue();
        int ar = Integer.parseInt(h1.group(1));
        int kvartal = Integer.parseInt(h1.group(2));
        assertThat(ar * 10 + kvartal).isGreaterThanOrEqualTo(2022_4);
        assertThat(browser.findElement(By.xpath("//tr[th/a[contains(., 'Jobbcentrum')]]")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("table.tabell tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
        // the selector shows the quarter displayed
        assertThat(browser.findElement(By.id("ar")).getAttribute("value")).isEqualTo(String.valueOf(ar));
        assertThat(new Select(browser.findElement(By.id("kvartal"))).getFirstSelectedOption().getText())
                .isEqualTo(String.valueOf(kvartal));
        assertThat(Browser.accessibilityViolations(browser)).as("oversikt.xhtml").isEmpty();

        // choosing another quarter shows it, and the selector follows
        browser.findElement(By.id("ar")).clear();
        browser.findElement(By.id("ar")).sendKeys("2022");
        new Select(browser.findElement(By.id("kvartal"))).selectByValue("2");
        browser.findElement(By.cssSelector("form.periodval button")).click();
        Browser.awaitUrl(browser, "kvartal=2");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kvartalsrapporter 2022 kvartal 2");
        assertThat(new Select(browser.findElement(By.id("kvartal"))).getFirstSelectedOption().getText()).isEqualTo("2");

        // every 2022 quarter of Jobbcentrum (which runs to 2024 after its extension) is linked
        long jobbcentrum = Api.insatsId("enkoping-jobbcentrum");
        browser.get(Deployments.baseUrl() + "/insatser.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Insatser");
        assertThat(Browser.accessibilityViolations(browser)).as("insatser.xhtml").isEmpty();
        List<String> links = browser.findElements(By.cssSelector(
                        "a[href*='kvartalsrapport.xhtml?insats=" + jobbcentrum + "&ar=2022&']")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(links).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("a[href*='kvartalsrapport.xhtml?insats=" + jobbcentrum + "&ar=2024&kvartal=4']")))
                .hasSize(1);
        for (int q = 1; q <= 4; q++) {
            int k = q;
            String link = links.stream().filter(h -> h.endsWith("kvartal=" + k)).findFirst().orElseThrow();
            browser.get(link);
            assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("2022 kvartal " + q);
            if (q == 2 || q == 4) {
                // the two reports of the 2022 PMs, imported approved, with their quality questions
                assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Godkänd");
                assertThat(browser.findElements(By.cssSelector("select[id$=':svar']"))).isNotEmpty();
                assertThat(browser.findElement(By.id("historik")).getText()).isEqualTo("Ändringshistorik");
            }
            assertThat(Browser.accessibilityViolations(browser)).as("kvartalsrapport.xhtml 2022 kvartal " + q).isEmpty();
        }

        // the insats' own page with its audit trail
        browser.get(Deployments.baseUrl() + "/insats.xhtml?id=" + jobbcentrum);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Enköping, Jobbcentrum – Din väg framåt");
        assertThat(browser.findElement(By.id("historik")).getText()).isEqualTo("Ändringshistorik");
        assertThat(Browser.accessibilityViolations(browser)).as("insats.xhtml").isEmpty();

        // the office's start page: reports to review and the late ones
        browser.get(Deployments.baseUrl() + "/");
        assertThat(browser.findElement(By.id("att-granska")).getText()).isEqualTo("Rapporter att granska");
        assertThat(browser.findElement(By.id("sena")).getText()).isEqualTo("Sena rapporter");
        assertThat(Browser.accessibilityViolations(browser)).as("index.xhtml, kansli").isEmpty();
    }

    @Test
    @SignedIn("tierp.rapportor")
    void aRapportorsStartPageListsTheReportsDue() {
        long tierp = Api.insatsId("tierp-ung-framtid");
        WebElement attLamna = browser.findElement(By.id("rapportor"));
        assertThat(attLamna.findElement(By.id("att-lamna")).getText()).isEqualTo("Rapporter att lämna");
        assertThat(attLamna.getText()).contains("Tierp, Ung framtid");
        // Tierp's 2023 Q1 report: never started, its deadline long past
        WebElement due = attLamna.findElement(By.cssSelector(
                "a[href$='kvartalsrapport.xhtml?insats=" + tierp + "&ar=2023&kvartal=1']"));
        assertThat(due.getText()).isEqualTo("2023 kvartal 1");
        assertThat(due.findElement(By.xpath("./..")).getText()).contains("Ej påbörjad", "Försenad");
        assertThat(Browser.accessibilityViolations(browser)).as("index.xhtml, rapportör").isEmpty();

        due.click();
        assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo("Kvartalsrapport: Tierp, Ung framtid, 2023 kvartal 1");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Utkast");
        // 2023 has no question set of its own: the one from 2022 Q3 is still in force
        assertThat(browser.findElements(By.cssSelector("select[id$=':svar']"))).isNotEmpty();
        assertThat(browser.findElements(By.id("ingaFragor"))).isEmpty();
        assertThat(browser.findElements(By.id("historik"))).as("the rapportör does not read the audit trail").isEmpty();
        assertThat(Browser.accessibilityViolations(browser)).as("kvartalsrapport.xhtml 2023 kvartal 1").isEmpty();
    }

    @Test
    @SignedIn("forbundschef")
    void theForbundschefAndTheSteeringGroupSeeWhatTheyFollow() {
        assertThat(browser.findElement(By.id("trafikljus")).getText()).startsWith("Trafikljus ");
        assertThat(browser.findElement(By.id("forbundschef")).getText()).contains("Jobbcentrum");
        assertThat(Browser.accessibilityViolations(browser)).as("index.xhtml, förbundschef").isEmpty();
        browser.findElement(By.cssSelector("form.utloggning button")).click();
        Browser.awaitUrl(browser, "utloggad");

        browser.get(Deployments.baseUrl() + "/");
        Browser.signIn(browser, "af.styrgrupp", "demo");
        WebElement foljer = browser.findElement(By.id("styrgrupp"));
        assertThat(foljer.getText()).contains("Insatser du följer i styrgruppen", "Enköping, Jobbcentrum");
        assertThat(Browser.accessibilityViolations(browser)).as("index.xhtml, styrgrupp").isEmpty();
        foljer.findElement(By.cssSelector("td a")).click();
        assertThat(Browser.await(browser, By.tagName("h1")).getText()).startsWith("Kvartalsrapport: Enköping, Jobbcentrum");
        assertThat(Browser.accessibilityViolations(browser)).as("kvartalsrapport.xhtml, styrgrupp").isEmpty();
    }
}
