package se.finsam.uppfoljning.pm;

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
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's PM page, first part of issue 10's PmBrowserIT (no preview or freezing yet): the kansli
 * opens the H1 2022 PM from the menu, reads the computed summary, writes the Bakgrund section with
 * markup and saves it; the H2 PM then offers that text as a starting point. axe-core finds no
 * violations on either page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PmBrowserIT {

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
    void theOfficeWritesTheBackgroundAndTheNextPmOffersIt() {
        browser.get(Deployments.baseUrl() + "/");
        Browser.signIn(browser, "kansli", "demo");
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
        assertThat(Browser.await(browser, By.id("bekraftelse")).getText()).isEqualTo("Avsnittet Bakgrund är sparat.");
        WebElement strong = browser.findElement(By.xpath("//div[contains(@class,'kort')]//strong"));
        assertThat(strong.getText()).isEqualTo("kvartalsrapporter");
        assertThat(Browser.accessibilityViolations(browser)).as("pm.xhtml after saving").isEmpty();

        browser.get(Deployments.baseUrl() + "/pm.xhtml?ar=2022&halvar=2");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("PM kvartal 3 och 4 2022");
        browser.findElement(By.cssSelector("input[id$=':0:forslag']")).click();
        Browser.await(browser, By.id("bekraftelse"));
        assertThat(browser.findElement(By.cssSelector("textarea[id$=':0:text']")).getAttribute("value"))
                .isEqualTo(bakgrund);
        assertThat(Browser.accessibilityViolations(browser)).as("pm.xhtml, H2 with the previous text").isEmpty();
    }
}
