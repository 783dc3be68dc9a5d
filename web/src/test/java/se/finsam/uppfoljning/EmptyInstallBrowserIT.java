package se.finsam.uppfoljning;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.EmptyInstall;
import se.finsam.uppfoljning.it.Invitations;
import se.finsam.uppfoljning.it.SignedInBrowser;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, must-show 1: a förbund starts on an empty install and runs its year through pages. A
 * deployment of its own with the demo data off and a realm holding only the bootstrap system
 * administrator ({@link EmptyInstall}); in Chromium, every page of the walk with 0 axe-core violations.
 *
 * <p>The walk is one test, because each step needs what the ones before made; each step is a method
 * of its own that starts on the page it needs and leaves the browser signed in as the step's person.
 * So far: the system administrator signs in, creates the förbund and two partner organisations,
 * invites the office's first person and makes them kansli; that person accepts the invitation and
 * signs in as the förbund's kansli. The office's year (insatser, question set, budgets, a rapportör,
 * the first quarter's report, its approval, statistics and the PM) continues from there: add a step
 * method per part and call it from {@link #aForbundStartsOnAnEmptyInstall()} in order.
 */
@ExtendWith(SignedInBrowser.class)
class EmptyInstallBrowserIT {

    static final String FORBUND = "nordan";
    static final String FORBUNDSNAMN = "Samordningsförbundet Nordan";
    static final String KANSLIET = "nordan-kansliet";
    /** The two partner organisations the register's insatser will be owned by. */
    static final String[][] PARTNER = {{"stenby", "Stenby kommun", "KOMMUN", "stenby.se"},
            {"region-nordan", "Region Nordan", "REGION", "regionnordan.se"}};
    static final String KANSLI_EMAIL = "karin.kansli@nordan.se";
    static final String KANSLI_PASSWORD = "Kansli-losen-1";

    private static EmptyInstall install;
    /** Chromium, from {@link SignedInBrowser}; nobody is signed in when the test starts. */
    private WebDriver browser;

    @BeforeAll
    static void startEmpty() throws Exception {
        install = EmptyInstall.start();
    }

    @AfterAll
    static void stop() {
        if (install != null) {
            install.close();
        }
    }

    @Test
    void aForbundStartsOnAnEmptyInstall() {
        systemadminSignsInToAnEmptyInstall();
        systemadminCreatesTheForbund();
        systemadminCreatesThePartnerOrganisations();
        systemadminInvitesTheOfficeAndMakesThemKansli();
        kansliAcceptsTheInvitationAndSignsIn();
        // next: the kansli registers the insatser, their goals and budgets, the year's question set, …
    }

    /** The bootstrap administrator, the only account of the realm, lands on the start page that points at the work. */
    void systemadminSignsInToAnEmptyInstall() {
        signIn(EmptyInstall.SYSTEMADMIN, EmptyInstall.SYSTEMADMIN_PASSWORD);
        Browser.await(browser, By.id("systemadmin"));
        assertThat(browser.findElements(By.cssSelector(".meddelande.varning"))).as("no 'account not complete' for the system administrator").isEmpty();
        assertAccessible("start page of the system administrator");
        browser.findElement(By.id("tillForbund")).click();
        Browser.await(browser, By.id("ingaForbund"));
        assertAccessible("system.xhtml without förbund");
    }

    void systemadminCreatesTheForbund() {
        browser.get(install.baseUrl() + "/system.xhtml");
        fill("nyttForbund", "namn", FORBUNDSNAMN);
        fill("nyttForbund", "kod", FORBUND);
        fill("nyttForbund", "kansli", KANSLIET);
        fill("nyttForbund", "doman", "nordan.se");
        click("nyttForbund", "skapa");
        Browser.awaitConfirmation(browser, "Förbundet " + FORBUNDSNAMN + " är skapat.");
        assertThat(browser.findElement(By.id("forbundstabell")).getText()).contains(FORBUNDSNAMN, FORBUND, KANSLIET);
        assertAccessible("system.xhtml with the new förbund");
        browser.findElement(By.linkText(FORBUNDSNAMN)).click();
        Browser.await(browser, By.id("forbundsnamn"));
        assertThat(browser.findElement(By.id("organisationer")).getText()).contains("Kansliet, " + FORBUNDSNAMN);
        assertAccessible("system-forbund.xhtml of the new förbund");
    }

    void systemadminCreatesThePartnerOrganisations() {
        browser.get(install.baseUrl() + "/system-forbund.xhtml?forbund=" + FORBUND);
        for (String[] partner : PARTNER) {
            fill("nyOrganisation", "namn", partner[1]);
            fill("nyOrganisation", "alias", partner[0]);
            new Select(field("nyOrganisation", "typ")).selectByValue(partner[2]);
            fill("nyOrganisation", "doman", partner[3]);
            click("nyOrganisation", "skapa");
            Browser.awaitConfirmation(browser, partner[1] + " är partner i förbundet.");
            assertAccessible("system-forbund.xhtml after creating " + partner[1]);
        }
        assertThat(browser.findElement(By.id("organisationer")).getText()).contains(PARTNER[0][1], PARTNER[1][1]);
    }

    /** Invited into the office's organisation (which gives the förbund), then found and made kansli. */
    void systemadminInvitesTheOfficeAndMakesThemKansli() {
        browser.get(install.baseUrl() + "/system-forbund.xhtml?forbund=" + FORBUND);
        new Select(field("inbjudan", "organisation")).selectByValue(KANSLIET);
        fill("inbjudan", "email", KANSLI_EMAIL);
        fill("inbjudan", "fornamn", "Karin");
        fill("inbjudan", "efternamn", "Kansli");
        click("inbjudan", "bjudIn");
        Browser.awaitConfirmation(browser, "Personen är inbjuden och får ett e-postmeddelande med en länk för att välja lösenord.");
        assertAccessible("system-forbund.xhtml after the invitation");

        browser.get(install.baseUrl() + "/system-personer.xhtml");
        Browser.await(browser, By.id("sokning"));
        assertAccessible("system-personer.xhtml");
        fill("sokning", "sok", "karin.kansli");
        click("sokning", "sokKnapp");
        Browser.await(browser, By.id("traffar"));
        assertThat(browser.findElement(By.id("traffar")).getText()).contains(KANSLI_EMAIL, FORBUND, KANSLIET);
        new Select(field("roller", "forbund")).selectByValue(FORBUND);
        new Select(field("roller", "roll")).selectByValue("kansli");
        click("roller", "ge");
        Browser.awaitConfirmation(browser, "Rollen är given.");
        assertThat(browser.findElement(By.cssSelector("#traffar td.roller")).getText()).isEqualTo("Kansli");
        assertAccessible("system-personer.xhtml after granting kansli");
        signOut();
    }

    /** The e-mail's link: a password of their own, then the sign-in that lands the office on its start page. */
    void kansliAcceptsTheInvitationAndSignsIn() {
        Invitations.accept(browser, KANSLI_EMAIL, KANSLI_PASSWORD);
        signIn(KANSLI_EMAIL, KANSLI_PASSWORD);
        Browser.await(browser, By.id("kansli"));
        assertThat(browser.findElement(By.id("forbund")).getText()).isEqualTo(FORBUNDSNAMN);
        assertThat(browser.findElement(By.id("organisation")).getText()).isEqualTo("Kansliet, " + FORBUNDSNAMN);
        assertThat(browser.findElement(By.id("roller")).getText()).isEqualTo("Kansli");
        assertAccessible("start page of the new förbund's kansli");
    }

    // ---- helpers for the steps ----

    /**
     * Opens the start page and signs in there, unless Keycloak still knows the person (after the
     * invitation's pages it may) and lets them through without asking.
     */
    private void signIn(String username, String password) {
        browser.get(install.baseUrl() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username")).isEmpty()
                || d.getCurrentUrl().startsWith(install.baseUrl()) && !d.findElements(By.id("innehall")).isEmpty());
        if (!browser.findElements(By.id("username")).isEmpty()) {
            Browser.signIn(browser, username, password);
        }
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form.utloggning button")).click();
        Browser.awaitUrl(browser, "utloggad");
    }

    private WebElement field(String form, String id) {
        return browser.findElement(By.id(form + ":" + id));
    }

    private void fill(String form, String id, String value) {
        WebElement element = field(form, id);
        element.clear();
        element.sendKeys(value);
    }

    private void click(String form, String id) {
        field(form, id).click();
    }

    private void assertAccessible(String page) {
        assertThat(Browser.accessibilityViolations(browser)).as(page + " (axe-core)").isEmpty();
    }
}
