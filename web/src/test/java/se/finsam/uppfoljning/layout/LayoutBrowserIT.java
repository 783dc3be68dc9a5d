package se.finsam.uppfoljning.layout;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedIn;
import se.finsam.uppfoljning.it.SignedInBrowser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, must-show 4: the report designer signs in, opens the library from the menu and the
 * quality table's layout, edits the source in the page's editor (a broken field first: the finding
 * with its line; then the table without its first answer column), saves it as a new version, sees
 * the preview PDF in the page, and publishes it; then rolls back to version 1. axe-core finds no
 * violations on the library, the layout page, the findings, the preview and after publishing.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
@SignedIn("rapportdesigner")
class LayoutBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void aDesignerUploadsPreviewsAndPublishes() {
        browser.findElement(By.linkText("Layouter")).click();
        Browser.awaitUrl(browser, "layouter.xhtml");
        assertThat(browser.findElement(By.id("layouter")).getText()).contains("pm-tabell-5").contains("pm");
        assertThat(Browser.accessibilityViolations(browser)).as("layouter.xhtml").isEmpty();

        browser.findElement(By.linkText("pm-tabell-5")).click();
        Browser.awaitUrl(browser, "layout.xhtml?namn=pm-tabell-5");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Layout pm-tabell-5");
        assertThat(browser.findElements(By.cssSelector("pre.xml-markering span.xml-tagg"))).as("XML-markering").isNotEmpty();
        assertThat(Browser.accessibilityViolations(browser)).as("layout.xhtml").isEmpty();
        String kalla = editor().getAttribute("value");

        // a field the PM does not have: the check names it and its line
        skriv(kalla.replaceFirst("\\$F\\{svar2}", "\\$F{saknas}"));
        browser.findElement(By.cssSelector("input[id$=':granska']")).click();
        WebElement fynd = Browser.await(browser, By.id("fynd"));
        assertThat(fynd.getText()).containsPattern("Rad \\d+: Fältet \"saknas\" finns inte");
        assertThat(Browser.accessibilityViolations(browser)).as("layout.xhtml med fynd").isEmpty();

        // the table without its first answer column: saved as a draft and previewed
        skriv(LayoutPublishIT.utanForstaSvarskolumnen(kalla));
        browser.findElement(By.cssSelector("input[id$=':kommentar']")).sendKeys("Utan första frågan");
        browser.findElement(By.cssSelector("input[id$=':ladda-upp']")).click();
        String bekraftelse = bekraftelse(browser, t -> t.contains("sparad som utkast"));
        Matcher m = Pattern.compile("Version (\\d+) är sparad som utkast").matcher(bekraftelse);
        assertThat(m.find()).as(bekraftelse).isTrue();
        int version = Integer.parseInt(m.group(1));
        WebElement pdf = Browser.await(browser, By.id("pdf"));
        assertThat(pdf.getAttribute("src")).endsWith("/layoutfil?typ=pdf&namn=pm-tabell-5&version=" + version);
        assertThat(hamta(pdf.getAttribute("src"))).isEqualTo(List.of(200L, "application/pdf"));
        assertThat(Browser.accessibilityViolations(browser, false)).as("layout.xhtml med förhandsgranskning").isEmpty();

        try {
            browser.findElement(By.cssSelector("input[aria-label='Publicera version " + version + "']")).click();
            String publicerad = "Version " + version + " är publicerad: nästa PM skrivs ut med den.";
            assertThat(bekraftelse(browser, publicerad::equals)).isEqualTo(publicerad);
            assertThat(browser.findElement(By.tagName("tbody")).getText()).contains(version + " Publicerad nu rapportdesigner Utan första frågan");
            assertThat(Browser.accessibilityViolations(browser, false)).as("layout.xhtml efter publicering").isEmpty();
        } finally {
            browser.findElement(By.cssSelector("input[aria-label='Återställ till version 1']")).click();
            String aterstallt = "Återställt till version 1: nästa PM skrivs ut med den.";
            assertThat(bekraftelse(browser, aterstallt::equals)).isEqualTo(aterstallt);
        }
    }

    private WebElement editor() {
        return browser.findElement(By.cssSelector("textarea.xml-redigerare"));
    }

    /** Puts a whole source in the editor as a paste would (typing 14 kB key by key takes minutes). */
    private void skriv(String text) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", editor(), text);
    }

    /** What the preview frame loads: status and media type, fetched with the page's own session. */
    private List<Object> hamta(String src) {
        @SuppressWarnings("unchecked")
        List<Object> svar = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => done([r.status, (r.headers.get('content-type') || '').split(';')[0]]))
                  .catch(e => done([0, String(e)]));
                """, src);
        return svar;
    }

    /**
     * The confirmation the page shows after an action. Found anew on every poll: until the answer to
     * the click has replaced the page, the previous page's confirmation may still be there (and go
     * stale while it is read).
     */
    private static String bekraftelse(WebDriver browser, java.util.function.Predicate<String> sokt) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("bekraftelse")).stream().map(WebElement::getText)
                        .filter(sokt).findFirst().orElse(null));
    }
}
