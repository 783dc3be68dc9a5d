package se.finsam.uppfoljning.plattform;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;
import se.finsam.uppfoljning.it.Webbsession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page × every demo role × its object (own, another partner's, unknown, malformed, missing)
 * answers with an honest status: never 500; a role the page is not for 403, an object that is not
 * there (or not the caller's to know of) 404, an address that cannot be read 400; every refusal
 * with the friendly error page and its code. One web session per user, signed in over HTTP.
 * "Own" is Håbo kommun's Framsteget 2.0 (the Håbo users and Regionens styrgrupp are on it); "other"
 * is Enköpings Jobbcentrum, another partner's in the same förbund; annat.kansli is another förbund's office.
 *
 * <p>A new page is added to {@link #SIDOR} with its addresses and to {@link #GRIND} with the users
 * who may open it; the test then requires the statuses of both tables for it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageStatusIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    static final List<String> ANVANDARE = List.of("kansli", "forbundschef", "rapportdesigner", "systemadmin",
            "habo.rapportor", "habo.admin", "region.styrgrupp", "styrelse", "annat.kansli");

    /** What an address names, relative to the signed-in person. */
    enum Objekt { INGET, EGET, ANNAT, OKANT, FELAKTIGT, SAKNAS }

    /** A page's addresses: {egen}, {annan} and {avvikelse} are filled in with the demo objects' ids. */
    record Sida(String namn, Map<Objekt, String> adresser) {
    }

    static final List<Sida> SIDOR = new ArrayList<>();

    /** Who may open each page at all (web.xml's role gate); everyone else is answered 403 on every address. */
    static final Map<String, List<String>> GRIND = new LinkedHashMap<>();

    private static void sida(String namn, Object... objektOchAdress) {
        Map<Objekt, String> adresser = new LinkedHashMap<>();
        if (objektOchAdress.length == 0) {
            adresser.put(Objekt.INGET, "/" + namn);
        }
        for (int i = 0; i < objektOchAdress.length; i += 2) {
            adresser.put((Objekt) objektOchAdress[i], "/" + objektOchAdress[i + 1]);
        }
        SIDOR.add(new Sida(namn, adresser));
    }

    /** The addresses of a page about one insats: {@code mall} with the insats' parameter last. */
    private static void insatssida(String namn, String mall) {
        sida(namn, Objekt.EGET, mall + "{egen}", Objekt.ANNAT, mall + "{annan}", Objekt.OKANT, mall + "999999999",
                Objekt.FELAKTIGT, mall + "abc", Objekt.SAKNAS, namn);
    }

    static {
        sida("index.xhtml");
        sida("insatser.xhtml");
        sida("oversikt.xhtml", Objekt.INGET, "oversikt.xhtml", Objekt.FELAKTIGT, "oversikt.xhtml?ar=abc&kvartal=1");
        sida("pm.xhtml", Objekt.INGET, "pm.xhtml", Objekt.FELAKTIGT, "pm.xhtml?ar=2022&halvar=x");
        sida("avvikelser.xhtml");
        sida("utveckling.xhtml");
        sida("layouter.xhtml");
        sida("partneradmin.xhtml");
        sida("sus-import.xhtml", Objekt.INGET, "sus-import.xhtml", Objekt.OKANT, "sus-import.xhtml?id=finns-inte");
        insatssida("insats.xhtml", "insats.xhtml?id=");
        sida("kvartalsrapport.xhtml", Objekt.EGET, "kvartalsrapport.xhtml?ar=2022&kvartal=2&insats={egen}",
                Objekt.ANNAT, "kvartalsrapport.xhtml?ar=2022&kvartal=2&insats={annan}",
                Objekt.OKANT, "kvartalsrapport.xhtml?ar=2022&kvartal=2&insats=999999999",
                Objekt.FELAKTIGT, "kvartalsrapport.xhtml?ar=2022&kvartal=fem&insats={egen}",
                Objekt.SAKNAS, "kvartalsrapport.xhtml?insats={egen}");
        insatssida("ekonomi.xhtml", "ekonomi.xhtml?insats=");
        // without a half-year: the page opens on the latest with figures
        insatssida("deltagarstatistik.xhtml", "deltagarstatistik.xhtml?insats=");
        insatssida("slutrapport.xhtml", "slutrapport.xhtml?insats=");
        sida("avvikelse.xhtml", Objekt.EGET, "avvikelse.xhtml?id={avvikelse}", Objekt.OKANT, "avvikelse.xhtml?id=999999999",
                Objekt.FELAKTIGT, "avvikelse.xhtml?id=abc", Objekt.SAKNAS, "avvikelse.xhtml");
        sida("layout.xhtml", Objekt.EGET, "layout.xhtml?namn=pm-tabell-5", Objekt.OKANT, "layout.xhtml?namn=finns-inte",
                Objekt.SAKNAS, "layout.xhtml");
        // the year's set-up: without a year the page opens on this year's
        sida("arsbudget.xhtml", Objekt.INGET, "arsbudget.xhtml", Objekt.FELAKTIGT, "arsbudget.xhtml?ar=abc");
        sida("fragebatterier.xhtml", Objekt.INGET, "fragebatterier.xhtml", Objekt.EGET, "fragebatterier.xhtml?ar=2022&fran=1",
                Objekt.FELAKTIGT, "fragebatterier.xhtml?ar=abc");
        sida("datapaket.xhtml", Objekt.INGET, "datapaket.xhtml", Objekt.FELAKTIGT, "datapaket.xhtml?ar=2022&halvar=x");
        // without an id the register form is for a new insats
        sida("insats-form.xhtml", Objekt.INGET, "insats-form.xhtml", Objekt.EGET, "insats-form.xhtml?id={egen}",
                Objekt.ANNAT, "insats-form.xhtml?id={annan}", Objekt.OKANT, "insats-form.xhtml?id=999999999",
                Objekt.FELAKTIGT, "insats-form.xhtml?id=abc");
        sida("system.xhtml");
        sida("system-personer.xhtml");
        sida("system-forbund.xhtml", Objekt.EGET, "system-forbund.xhtml?forbund=uppsala-lan",
                Objekt.OKANT, "system-forbund.xhtml?forbund=finns-inte", Objekt.FELAKTIGT, "system-forbund.xhtml?forbund=Inte%20giltig",
                Objekt.SAKNAS, "system-forbund.xhtml");
    }

    private static long egen;
    private static long annan;
    private static long avvikelse;

    @BeforeAll
    static void objects() {
        egen = Api.insatsId("habo-framsteget");
        annan = Api.insatsId("enkoping-jobbcentrum");
        Api.Reply filed = Api.post("/api/insatser/" + egen + "/avvikelser", KeycloakTokens.accessToken("region.styrgrupp"),
                "{\"typ\":\"METOD\",\"beskrivning\":\"Metoden i Framsteget 2.0 har justerats.\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        avvikelse = filed.object().getJsonNumber("id").longValue();
    }

    private static String adress(String mall) {
        return mall.replace("{egen}", String.valueOf(egen)).replace("{annan}", String.valueOf(annan))
                .replace("{avvikelse}", String.valueOf(avvikelse));
    }

    record Utfall(String anvandare, String sida, Objekt objekt, String adress, int status, String body) {
        @Override
        public String toString() {
            return anvandare + " " + adress + " (" + objekt + "): " + status;
        }
    }

    @Test
    void everyPageAnswersEveryRoleWithAnHonestStatus() {
        List<Utfall> utfall = new ArrayList<>();
        for (String anvandare : ANVANDARE) {
            Webbsession session = Webbsession.signIn(anvandare);
            for (Sida sida : SIDOR) {
                sida.adresser().forEach((objekt, mall) -> {
                    String adress = adress(mall);
                    Webbsession.Svar svar = session.get(adress);
                    utfall.add(new Utfall(anvandare, sida.namn(), objekt, adress, svar.status(), svar.body()));
                });
            }
        }
        StringBuilder matris = new StringBuilder();
        utfall.forEach(u -> matris.append(u).append('\n'));
        System.out.println("PageStatusIT:\n" + matris);

        assertThat(utfall).as("no page answers 500 (a defect)").filteredOn(u -> u.status() >= 500).isEmpty();
        assertThat(utfall).as("only the statuses of a page, its refusals and a malformed address")
                .filteredOn(u -> !List.of(200, 400, 403, 404).contains(u.status())).isEmpty();
        assertThat(utfall).as("an address that cannot be read is 400 for those who may use the page, 403 for the others")
                .filteredOn(u -> u.objekt() == Objekt.FELAKTIGT || u.objekt() == Objekt.SAKNAS)
                .filteredOn(u -> u.status() != (far(u) ? 400 : 403)).isEmpty();
        assertThat(utfall).as("an object that is not there is 404 for those who may use the page, 403 for the others")
                .filteredOn(u -> u.objekt() == Objekt.OKANT)
                .filteredOn(u -> u.status() != (far(u) ? 404 : 403)).isEmpty();
        assertThat(utfall).as("a page's own object opens for those who may use the page, 403 for the others")
                .filteredOn(u -> u.objekt() == Objekt.INGET || u.objekt() == Objekt.EGET)
                .filteredOn(u -> u.status() != forvantat(u)).isEmpty();
        assertThat(utfall).as("another partner's insats: 404 for those outside it (they need not know it exists)")
                .filteredOn(u -> u.objekt() == Objekt.ANNAT)
                .filteredOn(u -> u.status() != forvantat(u)).isEmpty();
        assertThat(utfall).as("every refusal is the friendly page with its code and the way back")
                .filteredOn(u -> u.status() >= 400)
                .filteredOn(u -> !(u.body().contains("id=\"feltext\"") && u.body().contains("Till startsidan")
                        && u.body().contains("id=\"felkod\"")))
                .isEmpty();
    }

    private static boolean far(Utfall u) {
        return GRIND.getOrDefault(u.sida(), ANVANDARE).contains(u.anvandare());
    }

    /** The status of an address naming nothing, the own object or another partner's, by the tables. */
    private static int forvantat(Utfall u) {
        if (!far(u)) {
            return 403;
        }
        Map<String, Integer> undantag = UNDANTAG.getOrDefault(u.sida() + " " + u.objekt(), Map.of());
        return undantag.getOrDefault(u.anvandare(), 200);
    }

    /** Per page and object, the users answered otherwise than 200 although they may use the page. */
    static final Map<String, Map<String, Integer>> UNDANTAG = new LinkedHashMap<>();

    private static void grind(String sida, String... anvandare) {
        GRIND.put(sida, List.of(anvandare));
    }

    private static void undantag(String sida, Objekt objekt, Object... anvandareOchStatus) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < anvandareOchStatus.length; i += 2) {
            m.put((String) anvandareOchStatus[i], (Integer) anvandareOchStatus[i + 1]);
        }
        UNDANTAG.put(sida + " " + objekt, m);
    }

    static {
        // the same gates as the API's rows in AccessMatrixIT: the pages call the same boundaries
        String[] insatsLasare = {"kansli", "forbundschef", "styrelse", "habo.rapportor", "region.styrgrupp", "annat.kansli"};
        String[] rapportLasare = {"kansli", "forbundschef", "habo.rapportor", "region.styrgrupp", "annat.kansli"};
        grind("insatser.xhtml", insatsLasare);
        grind("insats.xhtml", insatsLasare);
        for (String sida : List.of("kvartalsrapport.xhtml", "ekonomi.xhtml", "deltagarstatistik.xhtml", "slutrapport.xhtml",
                "avvikelse.xhtml")) {
            grind(sida, rapportLasare);
        }
        grind("oversikt.xhtml", "kansli", "forbundschef", "annat.kansli");
        grind("avvikelser.xhtml", "kansli", "forbundschef", "annat.kansli");
        grind("pm.xhtml", "kansli", "forbundschef", "styrelse", "annat.kansli");
        grind("utveckling.xhtml", "kansli", "forbundschef", "region.styrgrupp", "annat.kansli");
        grind("layouter.xhtml", "kansli", "rapportdesigner", "annat.kansli");
        grind("layout.xhtml", "kansli", "rapportdesigner", "annat.kansli");
        grind("partneradmin.xhtml", "habo.admin");
        grind("sus-import.xhtml", "kansli", "annat.kansli");
        grind("arsbudget.xhtml", "kansli", "forbundschef", "annat.kansli");
        grind("fragebatterier.xhtml", insatsLasare);
        grind("datapaket.xhtml", "kansli", "annat.kansli");
        grind("insats-form.xhtml", "kansli", "annat.kansli");
        for (String sida : List.of("system.xhtml", "system-personer.xhtml", "system-forbund.xhtml")) {
            grind(sida, "systemadmin");
        }
        // Håbo's insats (and its deviation) does not exist for another förbund; Enköping's not for those outside it
        for (String sida : List.of("insats.xhtml", "insats-form.xhtml", "kvartalsrapport.xhtml", "ekonomi.xhtml", "deltagarstatistik.xhtml",
                "slutrapport.xhtml", "avvikelse.xhtml")) {
            undantag(sida, Objekt.EGET, "annat.kansli", 404);
            undantag(sida, Objekt.ANNAT, "annat.kansli", 404, "habo.rapportor", 404, "region.styrgrupp", 404);
        }
    }

    @Test
    void theErrorPageIsAccessible() {
        WebDriver browser = Browser.start();
        try {
            browser.get(Deployments.baseUrl() + "/insats.xhtml?id=999999999");
            Browser.signIn(browser, "kansli", "demo");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Finns inte");
            assertThat(browser.findElement(By.id("felkod")).getText()).isNotBlank();
            assertThat(Browser.accessibilityViolations(browser)).as("fel.xhtml, 404").isEmpty();
            browser.get(Deployments.baseUrl() + "/insats.xhtml?id=abc");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Adressen stämmer inte");
            assertThat(browser.findElement(By.id("felkod")).getText()).isEqualTo("PLT-425");
            assertThat(Browser.accessibilityViolations(browser)).as("fel.xhtml, 400").isEmpty();
            browser.get(Deployments.baseUrl() + "/partneradmin.xhtml");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen behörighet");
            assertThat(Browser.accessibilityViolations(browser)).as("fel.xhtml, 403").isEmpty();
        } finally {
            browser.quit();
        }
    }
}
