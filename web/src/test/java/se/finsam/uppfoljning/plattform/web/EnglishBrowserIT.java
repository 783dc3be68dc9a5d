package se.finsam.uppfoljning.plattform.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every demo role in English, in headless Chromium against the real Keycloak: the
 * person switches language with the header's switch, then on each page they may open the page says
 * {@code <html lang="en">}, axe-core finds no WCAG 2.1 A/AA violation, and no Swedish is left: no
 * å/ä/ö and no Swedish-only word ({@link Svenskt}) in the page's text or its title, aria-label, alt,
 * placeholder and button values, outside elements marked {@code lang="sv"} (the data people entered:
 * insats names, organisations, people, goals, questions), outside form fields' own values and outside
 * code ({@code pre}, {@code code}: a layout's JRXML is in no language). The
 * choice is remembered (a new page load is still English) and switching back gives Swedish.
 *
 * <p>Each role's pages are all visited before the test fails, and the failure lists them as
 * {@code role page: what}, so one run shows every page still in Swedish.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
class EnglishBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    /** "Own" is Håbo kommun's Framsteget 2.0, as in PageStatusIT: the Håbo users and Regionens styrgrupp are on it. */
    private static long egen;
    private static long avvikelse;

    @BeforeAll
    static void objects() {
        egen = Api.insatsId("habo-framsteget");
        Api.Reply filed = Api.post("/api/insatser/" + egen + "/avvikelser", KeycloakTokens.accessToken("region.styrgrupp"),
                "{\"typ\":\"METOD\",\"beskrivning\":\"Metoden i Framsteget 2.0 har justerats.\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        avvikelse = filed.object().getJsonNumber("id").longValue();
    }

    /** The pages about the own insats that every reader of its reports opens. */
    private static List<String> rapportsidor() {
        return List.of("insatser.xhtml", "insats.xhtml?id=" + egen, "kvartalsrapport.xhtml?ar=2022&kvartal=2&insats=" + egen,
                "ekonomi.xhtml?insats=" + egen, "deltagarstatistik.xhtml?insats=" + egen, "slutrapport.xhtml?insats=" + egen,
                "avvikelse.xhtml?id=" + avvikelse, "fragebatterier.xhtml");
    }

    @Test
    @SignedIn("habo.rapportor")
    void rapportor() {
        everyPageInEnglish("habo.rapportor", rapportsidor());
    }

    @Test
    @SignedIn("region.styrgrupp")
    void styrgrupp() {
        List<String> sidor = new ArrayList<>(rapportsidor());
        sidor.add("utveckling.xhtml");
        everyPageInEnglish("region.styrgrupp", sidor);
    }

    @Test
    @SignedIn("kansli")
    void kansli() {
        List<String> sidor = new ArrayList<>(rapportsidor());
        sidor.addAll(List.of("insats-form.xhtml", "insats-form.xhtml?id=" + egen, "oversikt.xhtml",
                "oversikt.xhtml?ar=2022&kvartal=2", "avvikelser.xhtml", "pm.xhtml", "utveckling.xhtml", "layouter.xhtml",
                "layout.xhtml?namn=pm-tabell-5", "sus-import.xhtml", "arsbudget.xhtml", "fragebatterier.xhtml?ar=2022&fran=1",
                "fragebatterier.xhtml?ar=2022&fran=3", "datapaket.xhtml"));
        everyPageInEnglish("kansli", sidor);
    }

    @Test
    @SignedIn("forbundschef")
    void forbundschef() {
        List<String> sidor = new ArrayList<>(rapportsidor());
        sidor.addAll(List.of("oversikt.xhtml", "avvikelser.xhtml", "pm.xhtml", "utveckling.xhtml", "arsbudget.xhtml"));
        everyPageInEnglish("forbundschef", sidor);
    }

    @Test
    @SignedIn("styrelse")
    void styrelse() {
        everyPageInEnglish("styrelse", List.of("insatser.xhtml", "insats.xhtml?id=" + egen, "pm.xhtml", "fragebatterier.xhtml"));
    }

    @Test
    @SignedIn("habo.admin")
    void partneradmin() {
        everyPageInEnglish("habo.admin", List.of("partneradmin.xhtml"));
    }

    @Test
    @SignedIn("rapportdesigner")
    void rapportdesigner() {
        everyPageInEnglish("rapportdesigner", List.of("layouter.xhtml", "layout.xhtml?namn=pm-tabell-5"));
    }

    @Test
    @SignedIn("systemadmin")
    void systemadmin() {
        everyPageInEnglish("systemadmin", List.of("system.xhtml", "system-personer.xhtml", "system-personer.xhtml?sok=habo",
                "system-forbund.xhtml?forbund=uppsala-lan", "utloggad.xhtml"));
    }

    /**
     * Switches to English on the start page, checks the start page and {@code sidor}, then that the
     * choice holds on a new load and that the switch leads back to Swedish.
     */
    private void everyPageInEnglish(String anvandare, List<String> sidor) {
        String start = Deployments.baseUrl() + "/";
        browser.get(start);
        assertThat(lang()).as(anvandare + ": Swedish until the person chooses").isEqualTo("sv");
        byt("en");

        List<String> fel = new ArrayList<>();
        granska(anvandare, "index.xhtml", fel, false);
        for (String sida : sidor) {
            browser.get(start + sida);
            granska(anvandare, sida, fel, false);
        }
        // the error page too: 404 for those who read insatser, 403 for the others
        browser.get(start + "insats.xhtml?id=999999999");
        granska(anvandare, "fel.xhtml (insats.xhtml?id=999999999)", fel, true);
        assertThat(fel).as("pages not wholly in English (role page: what)").isEmpty();

        browser.get(start);
        assertThat(lang()).as(anvandare + ": the choice is remembered on a new load").isEqualTo("en");
        byt("sv");
        assertThat(lang()).as(anvandare + ": the switch leads back to Swedish").isEqualTo("sv");
        assertThat(browser.findElement(By.cssSelector("a.sprakbyte")).getText()).isEqualTo("English");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Välkommen");
    }

    private void granska(String anvandare, String sida, List<String> fel, boolean felsida) {
        String var = anvandare + " " + sida + ": ";
        if (browser.findElements(By.id("felkod")).isEmpty() == felsida) {
            fel.add(var + (felsida ? "not the error page: " : "answered the error page: ") + browser.findElement(By.tagName("h1")).getText());
            return;
        }
        if (!"en".equals(lang())) {
            fel.add(var + "<html lang=\"" + lang() + "\">");
        }
        for (String text : synligText()) {
            Svenskt.forsta(text).ifPresent(ord -> fel.add(var + "\"" + ord + "\" in \"" + kort(text) + "\""));
        }
        Browser.accessibilityViolations(browser).forEach(v -> fel.add(var + "axe " + v));
    }

    /** Presses the header's switch and waits for the page to come back in that language. */
    private void byt(String till) {
        browser.findElement(By.cssSelector("a.sprakbyte")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> till.equals(lang()));
    }

    private String lang() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.documentElement.lang;");
    }

    /**
     * The texts a reader meets on the page: its text nodes and the attributes read aloud or shown,
     * outside {@code [lang="sv"]} (Swedish data) and outside what a person typed into a field.
     */
    @SuppressWarnings("unchecked")
    private List<String> synligText() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const texter = [];
                const svenskt = e => e.closest('[lang="sv"]') !== null;
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const e = n.parentElement;
                  if (!e || e.closest('script, style, noscript, textarea, pre, code, kbd, samp') || svenskt(e)) continue;
                  const t = n.nodeValue.trim();
                  if (t) texter.push(t);
                }
                for (const e of document.body.querySelectorAll('[title], [aria-label], [alt], [placeholder], input[type=submit], input[type=button], input[type=reset]')) {
                  if (svenskt(e)) continue;
                  for (const a of ['title', 'aria-label', 'alt', 'placeholder']) {
                    if (e.getAttribute(a)) texter.push(e.getAttribute(a));
                  }
                  if (['submit', 'button', 'reset'].includes(e.type) && e.value) texter.push(e.value);
                }
                return texter;
                """);
    }

    private static String kort(String text) {
        String rad = text.replaceAll("\\s+", " ");
        return rad.length() > 90 ? rad.substring(0, 90) + "…" : rad;
    }
}
