package se.finsam.uppfoljning.pm;

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
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, must-show 3 (the page): the kansli opens Utveckling from the menu and reads, for every
 * figure, a chart (an SVG image with a name) and beside it a table of the same numbers for the
 * förbund and each insats; ticking two insatser and choosing "Jämför" shows those two side by side
 * with the förbund. axe-core finds no violations.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
@SignedIn("kansli")
class TrendsBrowserIT {

    static final List<String> MATT = List.of("kvot", "inregistrerade", "avslutade", "pagaende", "andel-k", "andel-m");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void chartsAndTablesRenderAndInsatserCompareSideBySide() {
        browser.findElement(By.linkText("Utveckling")).click();
        Browser.awaitUrl(browser, "utveckling.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Utveckling över halvåren");
        for (String matt : MATT) {
            WebElement sektion = browser.findElement(By.cssSelector("section[aria-labelledby='matt-" + matt + "']"));
            List<WebElement> figurer = sektion.findElements(By.cssSelector("figure.figur"));
            assertThat(figurer).as(matt).isNotEmpty();
            for (WebElement f : figurer.subList(0, Math.min(3, figurer.size()))) {
                assertThat(f.findElement(By.cssSelector("svg[role='img']")).getAttribute("aria-label")).as(matt).isNotBlank();
                assertThat(f.findElements(By.cssSelector("table caption"))).as(matt).hasSize(1);
                assertThat(f.findElements(By.cssSelector("tbody th[scope='row']"))).as(matt + ": 2022 H1 and H2 at least")
                        .hasSizeGreaterThanOrEqualTo(2);
            }
        }
        // the förbund's enrolled in 2022 H1 as table 6 sums them: a bar in the chart and a row in the table
        WebElement forbundet = browser.findElement(By.id("inregistrerade-forbundet"));
        assertThat(forbundet.findElements(By.cssSelector("svg rect"))).isNotEmpty();
        assertThat(forbundet.findElement(By.xpath(".//tbody/tr[th[starts-with(normalize-space(.), '2022 kv 1–2')]]")).getText())
                .matches(".*\\d.*");
        assertThat(Browser.accessibilityViolations(browser)).as("utveckling.xhtml").isEmpty();

        long framsteget = Api.insatsId("habo-framsteget");
        long jobbcentrum = Api.insatsId("enkoping-jobbcentrum");
        browser.findElement(By.id("val-" + framsteget)).click();
        browser.findElement(By.id("val-" + jobbcentrum)).click();
        browser.findElement(By.id("jamfor")).click();
        Browser.awaitUrl(browser, "insats=");
        WebElement inregistrerade = browser.findElement(By.cssSelector("section[aria-labelledby='matt-inregistrerade']"));
        List<String> figurer = inregistrerade.findElements(By.cssSelector("figure.figur")).stream().map(f -> f.getAttribute("id")).toList();
        assertThat(figurer).as("the förbund first, then the two chosen in the PM's order")
                .containsExactlyInAnyOrder("inregistrerade-forbundet", "inregistrerade-" + framsteget, "inregistrerade-" + jobbcentrum)
                .first().isEqualTo("inregistrerade-forbundet");
        assertThat(browser.findElement(By.id("val-" + framsteget)).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("xlsx")).getAttribute("href")).contains("format=xlsx", "insats=" + framsteget);
        assertThat(Browser.accessibilityViolations(browser)).as("utveckling.xhtml, comparison").isEmpty();
    }
}
