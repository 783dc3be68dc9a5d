package se.finsam.uppfoljning;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Kvartalsrapportsida;
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
 * The system administrator signs in, creates the förbund and two partner organisations, invites the
 * office's first person and makes them kansli, and invites a person of Stenby kommun with the
 * rapportör role (no page lets the office give a partner's person that role). The office registers
 * three insatser (two individ sharing a short name, owned by the two partners; one struktur) with
 * goals, names the rapportör on one, sets the year's question set and confirms the year's budgets;
 * the rapportör submits the first quarter's report; the office approves it, enters the first
 * half-year's statistics of the individ insatser and downloads the half-year PM, whose PDF names the
 * two same-named insatser apart and shows the budgets in table 4.
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
    /** A person of Stenby kommun, who reports on Stenby's Lokussamordnare. */
    static final String RAPPORTOR_EMAIL = "rut.rapportor@stenby.se";
    static final String RAPPORTOR_PASSWORD = "Rapportor-losen-1";
    /** The year the office starts in: its first quarter and first half-year have ended by the app's clock. */
    static final int AR = 2026;
    /**
     * The register: full name, short name, type, owner, the whole year's budget and the first
     * half-year's (empty: half the year's), and the first half-year's budget in TSEK as table 4 prints
     * it (rounded half up). Two individ insatser share a short name and differ in owner.
     */
    static final String[][] INSATSER = {
            {"Lokussamordnare i Stenby", "Lokussamordnare", "INDIVIDINSATS", "Stenby kommun", "900000", "412500", "413"},
            {"Lokussamordnare i regionen", "Lokussamordnare", "INDIVIDINSATS", "Region Nordan", "600000", "", "300"},
            {"Samverkansforum Nordan", "Samverkansforum", "STRUKTURINSATS", "Stenby kommun", "250000", "125499", "125"}};
    /** The two same-named insatser as the PM tells them apart. */
    static final String[] ATSKILDA = {"Lokussamordnare (Stenby kommun)", "Lokussamordnare (Region Nordan)"};

    private static EmptyInstall install;
    /** The register's insatser' ids, in the order of {@link #INSATSER}, as the insats pages name them. */
    private final String[] insatsId = new String[INSATSER.length];
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
        systemadminInvitesARapportorOfStenby();
        kansliAcceptsTheInvitationAndSignsIn();
        kansliRegistersTheInsatserAndMakesTheRapportor();
        kansliSetsTheYearsQuestionSet();
        kansliEntersTheYearsBudgets();
        rapportorSubmitsTheFirstQuarter();
        kansliApprovesTheReport();
        kansliEntersTheStatistics();
        kansliDownloadsTheHalfYearPm();
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
        invite(KANSLIET, KANSLI_EMAIL, "Karin", "Kansli");
        grant("karin.kansli", KANSLI_EMAIL, KANSLIET, "kansli", "Kansli");
    }

    /**
     * A person of Stenby kommun gets the rapportör role from the system administrator (no page gives
     * the office that role for a partner's person); which insats they report on the office decides on
     * the insats' page.
     */
    void systemadminInvitesARapportorOfStenby() {
        invite(PARTNER[0][0], RAPPORTOR_EMAIL, "Rut", "Rapportör");
        grant("rut.rapportor", RAPPORTOR_EMAIL, PARTNER[0][0], "rapportor", "Rapportör");
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

    /**
     * Three insatser through the form (two individ sharing a short name, owned by the two partners, and
     * one struktur), each with a goal with a number; the rapportör is named on Stenby's Lokussamordnare.
     */
    void kansliRegistersTheInsatserAndMakesTheRapportor() {
        for (int n = 0; n < INSATSER.length; n++) {
            String[] insats = INSATSER[n];
            browser.get(install.baseUrl() + "/insatser.xhtml");
            Browser.await(browser, By.id("registreralank"));
            assertAccessible("insatser.xhtml before registering " + insats[0]);
            browser.findElement(By.id("registreralank")).click();
            Browser.awaitUrl(browser, "insats-form.xhtml");
            fill("insatsform", "namn", insats[0]);
            fill("insatsform", "kortnamn", insats[1]);
            new Select(field("insatsform", "typ")).selectByValue(insats[2]);
            new Select(field("insatsform", "agare")).selectByVisibleText(insats[3]);
            date("insatsform:start", AR + "-01-01");
            date("insatsform:slut", (AR + 1) + "-12-31");
            fill("insatsform", "malgrupp", "Personer som står långt från arbetsmarknaden.");
            browser.findElement(By.cssSelector("textarea[id$=':beskrivning']")).sendKeys("Fler deltagare närmar sig arbete.");
            browser.findElement(By.cssSelector("input[id$=':malvarde']")).sendKeys("40 deltagare");
            if (n == 0) {
                fill("insatsform", "rapportorer", RAPPORTOR_EMAIL);
            }
            assertAccessible("insats-form.xhtml filled in for " + insats[0]);
            click("insatsform", "spara");
            Browser.awaitUrl(browser, "insats.xhtml");
            assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo(insats[0]);
            assertThat(browser.findElement(By.cssSelector("dl.uppgifter")).getText()).contains(insats[3], "Fler deltagare");
            assertAccessible("insats.xhtml of " + insats[0]);
            insatsId[n] = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        }
        browser.get(install.baseUrl() + "/insatser.xhtml");
        assertThat(browser.findElement(By.id("innehall")).getText()).contains(INSATSER[0][0], INSATSER[1][0], INSATSER[2][0]);
        assertAccessible("insatser.xhtml with the register");
    }

    /** The year's question set, in force from its first quarter: one question, asked as yes/no. */
    void kansliSetsTheYearsQuestionSet() {
        browser.get(install.baseUrl() + "/fragebatterier.xhtml?ar=" + AR);
        Browser.await(browser, By.id("ingabatterier"));
        assertAccessible("fragebatterier.xhtml without a set");
        browser.get(install.baseUrl() + "/fragebatterier.xhtml?ar=" + AR + "&fran=1");
        assertThat(Browser.await(browser, By.id("batterirubrik")).getText()).contains("Nytt frågebatteri " + AR);
        while (!browser.findElements(By.id("fragor:rader:0:tabort")).isEmpty()) {
            submit(By.id("fragor:rader:0:tabort"));
        }
        submit(By.id("fragor:laggTill"));
        browser.findElement(By.id("fragor:rader:0:kod")).sendKeys("styrgrupp_mott");
        browser.findElement(By.id("fragor:rader:0:rubrik")).sendKeys("Styrgruppsmöten");
        browser.findElement(By.id("fragor:rader:0:text")).sendKeys("Har styrgruppen mötts under kvartalet?");
        new Select(browser.findElement(By.id("fragor:rader:0:svarstypval"))).selectByValue("JA_NEJ");
        browser.findElement(By.id("fragor:rader:0:forklaring")).sendKeys("NEJ");
        assertAccessible("fragebatterier.xhtml, a new set");
        submit(By.id("fragor:spara"));
        Browser.awaitConfirmation(browser, "Frågebatteriet för " + AR + " från kvartal 1 är sparat (1 fråga).");
        assertAccessible("fragebatterier.xhtml, saved");
    }

    /** The year's budget per insats: the whole year and, where it is not half of it, the first half-year. */
    void kansliEntersTheYearsBudgets() {
        browser.get(install.baseUrl() + "/arsbudget.xhtml?ar=" + AR);
        Browser.await(browser, By.id("budgettabell"));
        assertAccessible("arsbudget.xhtml, proposals");
        for (String[] insats : INSATSER) {
            WebElement rad = browser.findElement(By.xpath("//table[@id='budgettabell']/tbody/tr[th[contains(., '" + insats[0] + "')]]"));
            WebElement ingar = rad.findElement(By.cssSelector("input[id$=':ingar']"));
            if (!ingar.isSelected()) {
                ingar.click();
            }
            rad.findElement(By.cssSelector("input[id$=':belopp']")).sendKeys(insats[4]);
            rad.findElement(By.cssSelector("input[id$=':forstaHalvar']")).sendKeys(insats[5]);
        }
        click("budget", "bekrafta");
        Browser.awaitConfirmation(browser, "Budgetarna för " + AR + " är sparade (" + INSATSER.length + " insatser).");
        assertThat(browser.findElements(By.xpath("//td[@class='budgetstatus'][normalize-space(.)='Beslutad']"))).hasSize(INSATSER.length);
        assertAccessible("arsbudget.xhtml, confirmed");
        signOut();
    }

    /** The rapportör accepts their invitation, signs in, and fills in and submits the first quarter's report. */
    void rapportorSubmitsTheFirstQuarter() {
        Invitations.accept(browser, RAPPORTOR_EMAIL, RAPPORTOR_PASSWORD);
        signIn(RAPPORTOR_EMAIL, RAPPORTOR_PASSWORD);
        Browser.await(browser, By.id("innehall"));
        assertAccessible("start page of the rapportör");
        browser.get(install.baseUrl() + "/insatser.xhtml");
        assertThat(browser.findElement(By.id("innehall")).getText()).contains(INSATSER[0][0]).doesNotContain(INSATSER[1][0]);
        assertAccessible("insatser.xhtml of the rapportör");

        browser.get(quarterlyReport());
        assertThat(Browser.await(browser, By.id("status")).getText()).isEqualTo("Utkast");
        assertAccessible("kvartalsrapport.xhtml, blank");
        Kvartalsrapportsida.submitAsPlanned(browser, "Första kvartalet gick enligt plan.");
        assertAccessible("kvartalsrapport.xhtml, submitted");
        signOut();
    }

    void kansliApprovesTheReport() {
        signIn(KANSLI_EMAIL, KANSLI_PASSWORD);
        Browser.await(browser, By.id("kansli"));
        browser.get(quarterlyReport());
        assertThat(Browser.await(browser, By.id("status")).getText()).isEqualTo("Inskickad");
        assertAccessible("kvartalsrapport.xhtml, the office's review");
        browser.findElement(By.cssSelector("input[id$='godkann']")).click();
        Browser.awaitConfirmation(browser, "Rapporten är godkänd och låst.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Godkänd");
        assertAccessible("kvartalsrapport.xhtml, approved");
    }

    /** The first half-year's participants of the two individ insatser: new ones, none ended yet. */
    void kansliEntersTheStatistics() {
        for (int n = 0; n < 2; n++) {
            browser.get(install.baseUrl() + "/deltagarstatistik.xhtml?insats=" + insatsId[n] + "&ar=" + AR + "&halvar=1");
            Browser.await(browser, By.id("statistik"));
            assertAccessible("deltagarstatistik.xhtml, blank, " + INSATSER[n][0]);
            // every figure 0 but the new participants, who are all still ongoing at the half-year's end;
            // by id, read anew each time, since the page's rule check answers while one types
            java.util.List<String> ids = browser.findElements(By.cssSelector("#statistik input[type='text']")).stream()
                    .map(e -> e.getAttribute("id")).toList();
            java.util.List<String> nya = java.util.List.of("statistik:inregistrerade-k", "statistik:inregistrerade-m",
                    "statistik:pagaendeSlut-k", "statistik:pagaendeSlut-m");
            for (String id : ids) {
                WebElement input = browser.findElement(By.id(id));
                if (input.getAttribute("value").isEmpty()) {
                    input.sendKeys(nya.contains(id) ? String.valueOf(4 + n) : "0");
                }
            }
            click("statistik", "spara");
            Browser.awaitConfirmation(browser, "Statistiken är sparad.");
            assertAccessible("deltagarstatistik.xhtml, saved, " + INSATSER[n][0]);
        }
    }

    /**
     * The first half-year's PM, as its PDF: exactly the register's insatser, the two same-named ones
     * told apart by their owners, and table 4 with the first half-year's budgets in TSEK.
     */
    void kansliDownloadsTheHalfYearPm() {
        browser.get(install.baseUrl() + "/pm.xhtml?ar=" + AR + "&halvar=1");
        assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo("PM kvartal 1 och 2 " + AR);
        assertAccessible("pm.xhtml of the first half-year");
        String pdf = Browser.pmPdfText(browser);
        assertThat(pdf).contains(ATSKILDA).contains("Samverkansforum", "Tabell 4. Prognos och utfall budget");
        assertThat(pdf.replace(ATSKILDA[0], "").replace(ATSKILDA[1], "").replace(INSATSER[0][0], "").replace(INSATSER[1][0], ""))
                .as("no Lokussamordnare without its owner")
                .doesNotContain("Lokussamordnare");
        String tabell4 = pdf.substring(pdf.lastIndexOf("Tabell 4. Prognos och utfall budget"));
        assertThat(tabell4).contains(ATSKILDA[0] + " 0 " + INSATSER[0][6], ATSKILDA[1] + " 0 " + INSATSER[1][6],
                "Samverkansforum 0 " + INSATSER[2][6]);
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

    /** The system administrator invites a person into an organisation of the förbund. */
    private void invite(String organisation, String email, String fornamn, String efternamn) {
        browser.get(install.baseUrl() + "/system-forbund.xhtml?forbund=" + FORBUND);
        new Select(field("inbjudan", "organisation")).selectByValue(organisation);
        fill("inbjudan", "email", email);
        fill("inbjudan", "fornamn", fornamn);
        fill("inbjudan", "efternamn", efternamn);
        click("inbjudan", "bjudIn");
        Browser.awaitConfirmation(browser, "Personen är inbjuden och får ett e-postmeddelande med en länk för att välja lösenord.");
        assertAccessible("system-forbund.xhtml after inviting " + email);
    }

    /** The system administrator finds the person and gives them a role in the förbund. */
    private void grant(String sok, String email, String organisation, String roll, String rolltext) {
        browser.get(install.baseUrl() + "/system-personer.xhtml");
        Browser.await(browser, By.id("sokning"));
        assertAccessible("system-personer.xhtml");
        fill("sokning", "sok", sok);
        click("sokning", "sokKnapp");
        Browser.await(browser, By.id("traffar"));
        assertThat(browser.findElement(By.id("traffar")).getText()).contains(email, FORBUND, organisation);
        new Select(field("roller", "forbund")).selectByValue(FORBUND);
        new Select(field("roller", "roll")).selectByValue(roll);
        click("roller", "ge");
        Browser.awaitConfirmation(browser, "Rollen är given.");
        assertThat(browser.findElement(By.cssSelector("#traffar td.roller")).getText()).isEqualTo(rolltext);
        assertAccessible("system-personer.xhtml after granting " + roll);
    }

    /** The first quarter's report of Stenby's Lokussamordnare, the insats the rapportör reports on. */
    private String quarterlyReport() {
        return install.baseUrl() + "/kvartalsrapport.xhtml?insats=" + insatsId[0] + "&ar=" + AR + "&kvartal=1";
    }

    /** A date field's value as the browser's date picker would set it. */
    private void date(String id, String iso) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", Browser.await(browser, By.id(id)), iso);
    }

    private void submit(By by) {
        Browser.submit(browser, by);
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
