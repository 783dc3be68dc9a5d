package se.finsam.uppfoljning.datapaket;

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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, the office of the second förbund (so the demo data stays as it is) uploads a
 * data package that breaks the closed-year rule and sees it refused with the form's code (BUD-108),
 * nothing to commit; uploads a good one for 2097 (a year nobody else uses), reads per insats what
 * would change, commits it, sees the same package now change nothing, and exports the half-year from
 * the same page. axe-core finds no WCAG 2.1 A/AA violations on the way.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
@SignedIn("annat.kansli")
class DatapaketBrowserIT {

    private static final String PAKET = """
            {"format": "uppfoljning-datapaket/2", "forbund": "demo-annat", "period": {"ar": 2097, "halvar": 1},
             "insatser": [{"kod": "dpkb-ett", "namn": "Datapaketsidan, ett", "kortnamn": "dpkb-ett", "typ": "INDIVIDINSATS",
                           "agare": "forsakringskassan", "start": "2097-01-01", "slut": "2097-12-31", "status": "AKTIV",
                           "mal": [{"nummer": 1, "beskrivning": "Ett mål."}]}],
             "budgetar": [{"insats": "dpkb-ett", "ar": 2097, "belopp": 150000}]%s}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void theOfficeUploadsPreviewsCommitsAndExportsAPackage() throws Exception {
        Path stangt = Files.createTempFile("datapaket-stangt-", ".json");
        Path bra = Files.createTempFile("datapaket-2097-", ".json");
        try {
            String rekvisition = ", \"rekvisitioner\": [{\"insats\": \"dpkb-ett\", \"ar\": 2023, \"kvartal\": 4,"
                    + " \"belopp\": 1000, \"status\": \"INSKICKAD\", \"inskickad\": \"2024-01-10\"}]";
            Files.writeString(stangt, PAKET.formatted(rekvisition).replace("\"start\": \"2097-01-01\"", "\"start\": \"2023-01-01\""),
                    StandardCharsets.UTF_8);
            Files.writeString(bra, PAKET.formatted(""), StandardCharsets.UTF_8);

            Browser.await(browser, By.linkText("Datapaket")).click();
            Browser.awaitUrl(browser, "datapaket.xhtml");
            assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo("Datapaket");
            assertThat(Browser.accessibilityViolations(browser)).as("datapaket.xhtml").isEmpty();

            ladda(stangt);
            assertThat(browser.findElement(By.id("forhandsrubrik")).getText()).isEqualTo("Paketet har fel och kan inte läsas in");
            assertThat(browser.findElement(By.id("felkod")).getText()).isEqualTo("BUD-108");
            assertThat(browser.findElement(By.id("problemtabell")).getText()).contains("rekvisitioner[0].ar");
            assertThat(browser.findElements(By.id("genomforande:genomfor"))).isEmpty();
            assertThat(Browser.accessibilityViolations(browser)).as("datapaket.xhtml, refused").isEmpty();

            ladda(bra);
            assertThat(browser.findElement(By.id("forhandsrubrik")).getText()).startsWith("Förhandsgranskning: datapaket-2097-");
            WebElement andringar = browser.findElement(By.id("andringstabell"));
            assertThat(andringar.getText()).contains("Datapaketsidan, ett", "dpkb-ett", "Ny insats", "1 budget");
            assertThat(browser.findElement(By.id("utfall")).getText()).contains("1 insatser");
            assertThat(Browser.accessibilityViolations(browser)).as("datapaket.xhtml, preview").isEmpty();

            WebElement genomfor = browser.findElement(By.id("genomforande:genomfor"));
            Browser.clickAndAwaitReplaced(browser, genomfor, Duration.ofSeconds(60));
            assertThat(Browser.await(browser, By.id("bekraftelse")).getText()).startsWith("Datapaketet är inläst: 1 insatser");
            assertThat(browser.findElements(By.id("genomforande:genomfor"))).isEmpty();
            assertThat(Browser.accessibilityViolations(browser)).as("datapaket.xhtml, committed").isEmpty();

            ladda(bra);
            assertThat(browser.findElement(By.id("andringstabell")).getText()).contains("Oförändrad").doesNotContain("Ny insats");

            browser.get(Deployments.baseUrl() + "/datapaket.xhtml?ar=2097&halvar=1");
            String export = Browser.await(browser, By.id("export")).getAttribute("href");
            assertThat(export).endsWith("/api/datapaket/2097/1");
            browser.get(export);
            assertThat(Browser.await(browser, By.tagName("body")).getText())
                    .contains("\"format\":\"uppfoljning-datapaket/2\"", "\"kod\":\"dpkb-ett\"", "\"belopp\":150000");
        } finally {
            Files.deleteIfExists(stangt);
            Files.deleteIfExists(bra);
        }
    }

    /** Chooses the file, uploads it and waits for the preview. */
    private void ladda(Path fil) {
        WebElement knapp = Browser.await(browser, By.id("uppladdning:ladda"));
        browser.findElement(By.id("uppladdning:fil")).sendKeys(fil.toAbsolutePath().toString());
        Browser.clickAndAwaitReplaced(browser, knapp, Duration.ofSeconds(60));
        Browser.await(browser, By.id("forhandsgranskning"));
    }
}
