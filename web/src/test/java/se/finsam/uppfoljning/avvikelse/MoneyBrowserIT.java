package se.finsam.uppfoljning.avvikelse;

import jakarta.json.JsonObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.SignedInBrowser;
import se.finsam.uppfoljning.it.Egeninsats;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money pages in headless Chromium with the real Keycloak: a rapportör submits a rekvisition and
 * a budget deviation on the insats' money page, the office approves the rekvisition from its start
 * page, the förbundschef decides the deviation from the queue; axe-core finds nothing on any page.
 */
@ExtendWith({ArquillianExtension.class, SignedInBrowser.class})
@RunAsClient
class MoneyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private WebDriver browser;

    @Test
    void aRekvisitionAndADeviationGoFromTheRapportorThroughTheOfficeAndTheForbundschef() {
        long insats = Egeninsats.skapa("pengar-webb", 900_000);
        int ar = Egeninsats.iAr();
        String ekonomi = Deployments.baseUrl() + "/ekonomi.xhtml?insats=" + insats + "&ar=" + ar;

        // the rapportör: a rekvisition for the first quarter, then a budget deviation
        SignedInBrowser.signIn(browser, "habo.rapportor", ekonomi);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ekonomi: Testinsats pengar-webb " + ar);
        axe("ekonomi.xhtml");
        new Select(browser.findElement(By.id("rekvisition:kvartal"))).selectByValue("1");
        browser.findElement(By.id("rekvisition:belopp")).sendKeys("150 000");
        browser.findElement(By.id("rekvisition:meddelande")).sendKeys("Löner januari–mars.");
        // cost lines that do not add up to the amount are refused beside the lines, and nothing is sent
        browser.findElement(By.id("rekvisition:rader:0:kostnad")).sendKeys("Löner");
        browser.findElement(By.id("rekvisition:rader:0:radbelopp")).sendKeys("110 000");
        browser.findElement(By.id("rekvisition:rader:1:kostnad")).sendKeys("Lokalhyra");
        browser.findElement(By.id("rekvisition:rader:1:radbelopp")).sendKeys("30 000");
        browser.findElement(By.id("rekvisition:skickaIn")).click();
        assertThat(Browser.await(browser, By.id("felsammanfattning")).getText())
                .contains("Kostnadsraderna summerar inte till rekvisitionens belopp.");
        assertThat(browser.findElements(By.id("rekvisitionstabell"))).isEmpty();
        axe("ekonomi.xhtml with cost lines refused");
        browser.findElement(By.id("rekvisition:rader:1:radbelopp")).clear();
        browser.findElement(By.id("rekvisition:rader:1:radbelopp")).sendKeys("40 000");
        browser.findElement(By.id("rekvisition:skickaIn")).click();
        Browser.awaitConfirmation(browser, "Rekvisitionen är inskickad till kansliet.");
        assertThat(browser.findElement(By.cssSelector("#rekvisitionstabell .rekvisitionsstatus")).getText()).isEqualTo("Inskickad");
        // Chromium may hand the non-breaking spaces of "110 000 kr" back as either kind of space
        assertThat(browser.findElement(By.cssSelector("#rekvisitionstabell .kostnadslista")).getText().replace('\u00a0', ' '))
                .contains("Löner: 110 000 kr").contains("Lokalhyra: 40 000 kr");
        axe("ekonomi.xhtml with a rekvisition");

        // the underlying invoice, attached as a PDF
        new Select(browser.findElement(By.id("underlag:bilagekvartal"))).selectByValue("1");
        browser.findElement(By.id("underlag:bilaga")).sendKeys(enSidasPdf().toString());
        browser.findElement(By.id("underlag:bifoga")).click();
        Browser.awaitConfirmation(browser, "Filen är bifogad till rekvisitionen för kvartal 1.");
        assertThat(browser.findElement(By.cssSelector("#rekvisitionstabell a[href$='/bilaga']")).getText()).isEqualTo("faktura-mars.pdf");

        browser.findElement(By.id("avvikelse:beskrivning")).sendKeys("Vakans under våren; styrgruppen begär att medel förs över.");
        browser.findElement(By.id("avvikelse:begart")).sendKeys("50 000");
        browser.findElement(By.id("avvikelse:lamnaIn")).click();
        Browser.awaitConfirmation(browser, "Avvikelsen är inlämnad till förbundschefen.");
        assertThat(browser.findElement(By.cssSelector("#avvikelsetabell .beslut")).getText()).isEqualTo("Inte beslutad");
        axe("ekonomi.xhtml with a deviation");

        // the office: the start page lists the rekvisition; approve it on the money page
        SignedInBrowser.signIn(browser, "kansli", Deployments.baseUrl() + "/");
        assertThat(browser.findElement(By.id("rekvisitioner-att-granska")).getText()).contains("Testinsats pengar-webb, " + ar + " kvartal 1");
        axe("index.xhtml (kansli)");
        browser.findElement(By.linkText("Testinsats pengar-webb, " + ar + " kvartal 1")).click();
        Browser.awaitUrl(browser, "ekonomi.xhtml");
        axe("ekonomi.xhtml (kansli)");
        browser.findElement(By.cssSelector("input[value='Godkänn kvartal 1']")).click();
        Browser.awaitConfirmation(browser, "Rekvisitionen för kvartal 1 är godkänd.");
        assertThat(browser.findElement(By.cssSelector("#rekvisitionstabell .rekvisitionsstatus")).getText()).isEqualTo("Godkänd");
        // WebDriver reads the non-breaking space as a space
        assertThat(browser.findElement(By.id("kvot")).getText()).isIn("17 %", "17\u00a0%");
        axe("ekonomi.xhtml after approval");

        // the förbundschef: the queue, then the decision
        SignedInBrowser.signIn(browser, "forbundschef", Deployments.baseUrl() + "/");
        assertThat(browser.findElement(By.id("avvikelser-att-besluta")).getText()).contains("väntar på ditt beslut");
        axe("index.xhtml (förbundschef)");
        browser.findElement(By.linkText("Alla obeslutade avvikelser")).click();
        Browser.awaitUrl(browser, "avvikelser.xhtml");
        axe("avvikelser.xhtml");
        browser.findElement(By.linkText("Testinsats pengar-webb")).click();
        Browser.awaitUrl(browser, "avvikelse.xhtml");
        axe("avvikelse.xhtml");
        new Select(browser.findElement(By.id("beslutsform:utfall"))).selectByValue("DELVIS_GODKAND");
        browser.findElement(By.id("beslutsform:belopp")).sendKeys("30 000");
        browser.findElement(By.id("beslutsform:motivering")).sendKeys("Hälften behövs nästa år.");
        browser.findElement(By.id("beslutsform:besluta")).click();
        Browser.awaitConfirmation(browser, "Beslutet är fattat.");
        assertThat(browser.findElement(By.cssSelector(".beslutsutfall")).getText()).isEqualTo("Delvis godkänd");
        axe("avvikelse.xhtml after the decision");

        browser.get(Deployments.baseUrl() + "/slutrapport.xhtml?insats=" + Api.insatsId("uppsala-digital-plattform"));
        assertThat(browser.findElement(By.id("slutrapport:syfte")).getAttribute("value")).startsWith("Projektets övergripande syfte");
        axe("slutrapport.xhtml");

        JsonObject nastaAr = Api.get("/api/insatser/" + insats + "/ekonomi/" + (ar + 1), KeycloakTokens.accessToken("kansli")).object();
        assertThat(nastaAr.getJsonNumber("overfortFranForegaendeAr").bigDecimalValue()).isEqualByComparingTo("30000");
    }

    private void axe(String page) {
        assertThat(Browser.accessibilityViolations(browser)).as(page).isEmpty();
    }

    private static Path enSidasPdf() {
        try {
            Path dir = Files.createTempDirectory("bilaga");
            Path pdf = dir.resolve("faktura-mars.pdf");
            try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                doc.save(pdf.toFile());
            }
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
