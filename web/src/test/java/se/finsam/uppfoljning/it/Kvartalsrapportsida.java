package se.finsam.uppfoljning.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The quarterly report page (kvartalsrapport.xhtml) as a rapportör fills it in, for the browser tests. */
public final class Kvartalsrapportsida {

    private Kvartalsrapportsida() {
    }

    /**
     * Answers every question of the open report as a quarter that went to plan (every goal on track,
     * no vacancies, no budget deviation, each quality question its first answer), writes the message
     * to the office, submits it and waits for the page to say it is submitted.
     */
    public static void submitAsPlanned(WebDriver browser, String meddelande) {
        browser.findElements(By.cssSelector("select[id$=':status']")).forEach(s -> new Select(s).selectByValue("JA"));
        browser.findElements(By.cssSelector("select[id$=':prognos']")).forEach(s -> new Select(s).selectByValue("MALEN_KOMMER_NAS"));
        for (String id : new String[]{"vakansSof", "vakansEgen", "budgetavvikelse"}) {
            new Select(browser.findElement(By.cssSelector("select[id$=':" + id + "']"))).selectByValue("NEJ");
        }
        for (WebElement s : browser.findElements(By.cssSelector("select[id$=':svar']"))) {
            new Select(s).selectByIndex(1);
        }
        for (WebElement t : browser.findElements(By.cssSelector("textarea[id$=':forklaring']"))) {
            t.sendKeys("Enligt plan.");
        }
        browser.findElement(By.cssSelector("textarea[id$=':meddelande']")).sendKeys(meddelande);
        browser.findElement(By.cssSelector("input[id$='skickaIn']")).click();
        Browser.awaitConfirmation(browser, "Rapporten är inskickad till kansliet.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Inskickad");
    }
}
