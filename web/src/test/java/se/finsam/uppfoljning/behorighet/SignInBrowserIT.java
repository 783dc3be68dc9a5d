package se.finsam.uppfoljning.behorighet;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium opens the application, is sent to Keycloak, signs in as a demo user
 * (username first, then password: organisations make the login identity-first) and sees that
 * user's name, organisation and roles on the start page.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
class SignInBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void aDemoUserSignsInThroughKeycloakAndSeesWhoTheyAre() {
        browser.get(Deployments.baseUrl() + "/");
        assertThat(browser.getCurrentUrl()).contains("/realms/uppfoljning/");

        Browser.signIn(browser, "habo.rapportor", "demo");

        assertThat(browser.getCurrentUrl()).startsWith(Deployments.baseUrl());
        assertThat(browser.findElements(By.id("namn"))).as(browser.getPageSource()).hasSize(1);
        assertThat(browser.findElement(By.id("namn")).getText()).isEqualTo("Hanna Åberg");
        assertThat(browser.findElement(By.id("organisation")).getText()).isEqualTo("Håbo kommun");
        assertThat(browser.findElement(By.id("forbund")).getText()).isEqualTo("Samordningsförbundet Uppsala län");
        assertThat(browser.findElement(By.id("roller")).getText()).isEqualTo("Rapportör");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.cssSelector("form.utloggning button")).click();
        Browser.awaitUrl(browser, "utloggad");
        browser.get(Deployments.baseUrl() + "/");
        assertThat(browser.getCurrentUrl()).as("signed out of Keycloak too").contains("/realms/uppfoljning/");
    }
}
