package se.finsam.uppfoljning.behorighet;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedInBrowser;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Region Uppsala employee signs in with the Region's own identity provider (a second realm that
 * plays it): Uppföljning's login recognises the e-mail domain of the Region Uppsala organisation and
 * hands over to the Region; the person comes back as a member of Region Uppsala with the steering
 * group role the broker grants, and sees the insats they sit in the steering group of.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
class BrokeredSignInBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void aRegionUserSignsInThroughTheRegionsOwnIdentityProvider() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Deployments.baseUrl() + "/");

        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.sendKeys("rebecka.lind@regionuppsala.se");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.urlContains("/realms/region-uppsala-idp/"));
        WebElement regionUser = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        regionUser.clear();
        regionUser.sendKeys("rebecka.lind");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.urlContains(Deployments.baseUrl()));
        assertThat(browser.findElements(By.id("namn"))).as(browser.getPageSource()).hasSize(1);
        assertThat(browser.findElement(By.id("namn")).getText()).isEqualTo("Rebecka Lind");
        assertThat(browser.findElement(By.id("organisation")).getText()).isEqualTo("Region Uppsala");
        assertThat(browser.findElement(By.id("forbund")).getText()).isEqualTo("Samordningsförbundet Uppsala län");
        assertThat(browser.findElement(By.id("roller")).getText()).isEqualTo("Styrgruppsledamot");

        browser.get(Deployments.baseUrl() + "/insatser.xhtml");
        assertThat(browser.findElements(By.cssSelector("section.kort h2")))
                .extracting(WebElement::getText).containsExactly("Reg.Ex.Pro");
    }
}
