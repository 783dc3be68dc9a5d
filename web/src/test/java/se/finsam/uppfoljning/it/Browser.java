package se.finsam.uppfoljning.it;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/**
 * Debian's Chromium driven headless. Browser tests run wherever Chromium is installed and are
 * skipped (not failed) where it is not; .ci/run installs it so CI always runs them.
 */
public final class Browser {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private Browser() {
    }

    public static WebDriver start() {
        return start(options -> {
        });
    }

    /** As {@link #start()}, with options of the test's own added (e.g. the browser's cookie settings). */
    public static WebDriver start(java.util.function.Consumer<ChromeOptions> own) {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "Chromium saknas (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=sv-SE", "--window-size=1280,900");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        own.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Keycloak's identity-first login: username on one page, password on the next. */
    public static void signIn(WebDriver browser, String username, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.clear();
        user.sendKeys(username);
        if (browser.findElements(By.id("password")).stream().noneMatch(WebElement::isDisplayed)) {
            browser.findElement(By.id("kc-login")).click();
        }
        WebElement pass = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        pass.sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/realms/")));
    }

    /** Clicks a button that submits its form and waits until the page that had it is replaced. */
    public static void submit(WebDriver browser, By by) {
        clickAndAwaitReplaced(browser, browser.findElement(by), Duration.ofSeconds(30));
    }

    /**
     * Clicks and waits until {@code element} has left the page. Chromium reports an element of a page
     * being replaced either as stale or, caught mid-swap, as an inspector error ("Node with given id
     * does not belong to the document"); both mean the same here, so both end the wait.
     */
    public static void clickAndAwaitReplaced(WebDriver browser, WebElement element, Duration timeout) {
        element.click();
        new WebDriverWait(browser, timeout).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** After a click that submits a form: the element of the new page, once it is there. */
    public static WebElement await(WebDriver browser, By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Waits for the page's confirmation to read {@code expected} and fails with what it read otherwise.
     * Found anew on every poll: until the answer to the click arrives, the previous page (and its own
     * confirmation, which goes stale while it is read) is still there.
     */
    public static void awaitConfirmation(WebDriver browser, String expected) {
        java.util.concurrent.atomic.AtomicReference<String> last = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        String text = d.findElements(By.id("bekraftelse")).stream().map(WebElement::getText)
                                .findFirst().orElse(null);
                        last.set(text);
                        return expected.equals(text);
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            String fel = browser.findElements(By.id("felsammanfattning")).stream().map(WebElement::getText).findFirst().orElse("");
            // without a confirmation or an error summary, say which page it was: that is the clue
            String sida = last.get() != null || !fel.isEmpty() ? "" : " på sidan " + browser.getCurrentUrl() + ": "
                    + browser.findElements(By.tagName("main")).stream().map(WebElement::getText).findFirst().orElse("")
                            .lines().limit(12).reduce("", (a, b) -> a + " | " + b);
            throw new AssertionError("Väntade på bekräftelsen \"" + expected + "\" men sidan visade \"" + last.get()
                    + "\"" + (fel.isEmpty() ? "" : " och felet \"" + fel + "\"") + sida, e);
        }
    }

    public static void awaitUrl(WebDriver browser, String part) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
    }

    /** Runs axe-core on the current page, WCAG 2.0/2.1 A and AA rules; returns the violated rule ids. */
    public static List<String> accessibilityViolations(WebDriver browser) {
        return accessibilityViolations(browser, true);
    }

    /**
     * As above; {@code frames} false leaves the page's frames out, for a frame that holds no page (a PDF
     * in the browser's viewer, which axe cannot enter; the PDF's own accessibility is tested on the PDF).
     */
    @SuppressWarnings("unchecked")
    public static List<String> accessibilityViolations(WebDriver browser, boolean frames) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {iframes: arguments[0], runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe-fel: ' + e]));
                """, frames);
        return (List<String>) result;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core saknas på klassvägen: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Presses the page's PDF button as the browser would (the form's fields, its view state, the
     * session cookie) from within the page, and returns the text of the PDF that comes back.
     */
    public static String pmPdfText(WebDriver browser) {
        Object base64 = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('filer');
                const data = new URLSearchParams(new FormData(form));
                data.append('filer:pdf', 'PDF');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                  .then(r => r.headers.get('Content-Type') === 'application/pdf' ? r.arrayBuffer() : Promise.reject(r.status))
                  .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })
                  .catch(e => done('fel: ' + e));
                """);
        if (((String) base64).startsWith("fel:")) {
            throw new AssertionError("PM:ets PDF kom inte: " + base64);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(java.util.Base64.getDecoder().decode((String) base64))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[ \\t\\r\\n]+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
