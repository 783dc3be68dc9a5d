package se.finsam.uppfoljning.behorighet;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/** Håbo's partner admin gives a colleague a role on the page; people of other partners are not there. */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
@SignedIn("habo.admin")
class PartnerAdminBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void thePartnerAdminGrantsARoleWithinTheirOrganisation() {
        browser.get(Deployments.baseUrl() + "/partneradmin.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Personer och roller i Håbo kommun");
        String table = browser.findElement(By.cssSelector("table.tabell")).getText();
        assertThat(table).contains("habo.anstalld", "habo.rapportor").doesNotContain("enkoping");
        assertThat(Browser.accessibilityViolations(browser)).as("partneradmin.xhtml").isEmpty();

        new Select(browser.findElement(By.cssSelector("select[id$='roller:person']"))).selectByVisibleText("Henrik Öst (habo.anstalld)");
        new Select(browser.findElement(By.cssSelector("select[id$='roller:roll']"))).selectByValue("styrelse");
        browser.findElement(By.cssSelector("input[id$='roller:ge']")).click();
        Browser.awaitConfirmation(browser, "Rollen är given.");
        assertThat(browser.findElement(By.xpath("//tr[td[.='habo.anstalld']]")).getText()).contains("Styrelseledamot");
        assertThat(Browser.accessibilityViolations(browser)).as("partneradmin.xhtml after a change").isEmpty();
    }
}
