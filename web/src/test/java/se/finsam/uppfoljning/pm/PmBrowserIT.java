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
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PM page (issue 10, must-show 6): the kansli opens the H1 2022 PM from the menu, reads the
 * computed summary, writes the Bakgrund section with markup, saves and previews it, freezes the PM
 * and downloads the frozen PDF, which holds that text; the H2 PM then offers the text as a starting
 * point. The board (styrelse) sees the frozen H1 PM and, for the H2 draft, that there is no PM.
 * axe-core finds no violations on any of the pages.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
@SignedIn("kansli")
class PmBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void theOfficeWritesTheBackgroundAndTheNextPmOffersIt() {
        browser.findElement(By.linkText("Halvårs-PM")).click();
        Browser.awaitUrl(browser, "pm.xhtml");

        browser.get(Deployments.baseUrl() + "/pm.xhtml?ar=2022&halvar=1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("PM kvartal 1 och 2 2022");
        assertThat(browser.findElement(By.id("sammanfattningstext")).getText()).isEqualTo(PmExportFormatsIT.SAMMANFATTNING_H1);
        assertThat(Browser.accessibilityViolations(browser)).as("pm.xhtml").isEmpty();

        String bakgrund = "## Underlag\n\nDetta dokument bygger på **kvartalsrapporter** och *SUS*.\n\n- en punkt";
        WebElement text = browser.findElement(By.cssSelector("textarea[id$=':0:text']"));
        text.clear();
        text.sendKeys(bakgrund);
        browser.findElement(By.cssSelector("input[id$=':0:spara']")).click();
        Browser.awaitConfirmation(browser, "Avsnittet Bakgrund är sparat.");
        WebElement strong = browser.findElement(By.xpath("//div[contains(@class,'kort')]//strong"));
        assertThat(strong.getText()).isEqualTo("kvartalsrapporter");
        assertThat(Browser.accessibilityViolations(browser)).as("pm.xhtml after saving").isEmpty();

        // the preview of table 4: each kvot opens what it was computed from
        WebElement kvot = browser.findElement(By.cssSelector("#tabell4 details.underlag"));
        kvot.findElement(By.tagName("summary")).click();
        assertThat(kvot.findElement(By.tagName("li")).getText()).startsWith("Rekvisition 2022 kvartal 1: ")
                .contains("inskickad av ", "godkänd av ");

        // freeze: the page then says who froze it, has no editor, and lists no changes since
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Det här är ett utkast");
        browser.findElement(By.cssSelector("input[id$='faststall:faststall']")).click();
        Browser.awaitConfirmation(browser, "PM:et för kvartal 1 och 2 2022 är fastställt.");
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Fastställt av kansli ");
        assertThat(browser.findElement(By.id("inga-andringar")).getText()).isEqualTo("Uppgifterna är desamma som när PM:et fastställdes.");
        assertThat(browser.findElements(By.cssSelector("textarea"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("input[id$='faststall:faststall']"))).isEmpty();
        assertThat(Browser.accessibilityViolations(browser)).as("pm.xhtml, frozen").isEmpty();

        // download the frozen PDF through the page's own button (its form, with the page's session)
        String pdf = Browser.pmPdfText(browser);
        assertThat(pdf).contains(PmExportFormatsIT.SAMMANFATTNING_H1, "Underlag",
                "Detta dokument bygger på kvartalsrapporter och SUS.", "Innehåll", "Tabell 4. Prognos och utfall budget");

        browser.get(Deployments.baseUrl() + "/pm.xhtml?ar=2022&halvar=2");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("PM kvartal 3 och 4 2022");
        browser.findElement(By.cssSelector("input[id$=':0:forslag']")).click();
        Browser.await(browser, By.id("bekraftelse"));
        assertThat(browser.findElement(By.cssSelector("textarea[id$=':0:text']")).getAttribute("value"))
                .isEqualTo(bakgrund);
        assertThat(Browser.accessibilityViolations(browser)).as("pm.xhtml, H2 with the previous text").isEmpty();

        // the board: the frozen H1 PM, and no H2 draft
        SignedInBrowser.signIn(browser, "styrelse", Deployments.baseUrl() + "/");
        browser.findElement(By.linkText("Halvårs-PM")).click();
        Browser.awaitUrl(browser, "pm.xhtml");
        browser.get(Deployments.baseUrl() + "/pm.xhtml?ar=2022&halvar=1");
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Fastställt av kansli ");
        assertThat(browser.findElement(By.id("sammanfattningstext")).getText()).isEqualTo(PmExportFormatsIT.SAMMANFATTNING_H1);
        assertThat(browser.findElements(By.cssSelector("textarea"))).isEmpty();
        assertThat(browser.findElements(By.id("andringar-rubrik"))).isEmpty();
        assertThat(Browser.pmPdfText(browser)).contains("Detta dokument bygger på kvartalsrapporter och SUS.");
        assertThat(Browser.accessibilityViolations(browser)).as("pm.xhtml, the board's frozen PM").isEmpty();

        browser.get(Deployments.baseUrl() + "/pm.xhtml?ar=2022&halvar=2");
        assertThat(browser.findElement(By.id("saknas")).getText()).startsWith("Det finns inget fastställt PM för kvartal 3 och 4 2022.");
        assertThat(browser.findElements(By.id("sammanfattningstext"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("form[id='filer']"))).isEmpty();
        assertThat(Browser.accessibilityViolations(browser)).as("pm.xhtml, the board and a draft").isEmpty();
    }
}
