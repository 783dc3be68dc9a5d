package se.finsam.uppfoljning.attgora;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchShadowRootException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Browser;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intranet widget end to end (issue 21): an intranet page on 127.0.0.1 — another site than the
 * application on localhost — places {@code <uppfoljning-att-gora>}; Chromium blocks third-party
 * cookies; a rapportör signs in through the widget (a top-level redirect to Keycloak and back) and
 * sees exactly the reports to submit that the API and the start page list for them, each link
 * opening that report. In English on an English page; no data for an origin the application is not
 * configured for (the browser refuses the answer: CORS). 0 axe violations with the widget shown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WidgetBrowserIT {

    private static final String RAPPORTOR = "habo.rapportor";
    private static final String KLIENT = "uppfoljning-intranat";

    private static Intranat intranat;
    private static Intranat okantIntranat;
    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @BeforeAll
    static void start() {
        browser = Browser.start(WidgetBrowserIT::thirdPartyCookiesBlocked);
        // the origin the IT stack configures (arquillian.xml, LocalKeycloak), and one it does not
        intranat = Intranat.start(Integer.getInteger("it.intranat.port"));
        okantIntranat = Intranat.start(0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (intranat != null) {
            intranat.close();
        }
        if (okantIntranat != null) {
            okantIntranat.close();
        }
    }

    /** Chromium's own settings "Block third-party cookies" (chrome://settings/cookies). */
    private static void thirdPartyCookiesBlocked(ChromeOptions options) {
        options.setExperimentalOption("prefs", Map.of("profile.cookie_controls_mode", 1, "profile.block_third_party_cookies", true));
    }

    /** Nobody signed in anywhere: no cookie of any site, no token in either intranet's session storage. */
    @BeforeEach
    void freshBrowser() {
        ((HasCdp) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        for (Intranat i : List.of(intranat, okantIntranat)) {
            browser.get(i.url("/tom.html"));
            js("sessionStorage.clear()");
        }
    }

    @Test
    void theBrowserBlocksThirdPartyCookies() {
        browser.get(intranat.url("/prov.html"));
        assertThat(probe(browser)).isEqualTo("cookie=[]");
        // the probe can see a cookie where the browser lets a third party keep one
        WebDriver tillater = Browser.start(o -> o.setExperimentalOption("prefs",
                Map.of("profile.cookie_controls_mode", 0, "profile.block_third_party_cookies", false)));
        try {
            tillater.get(intranat.url("/prov.html"));
            assertThat(probe(tillater)).isEqualTo("cookie=[prov=1]");
        } finally {
            tillater.quit();
        }
    }

    @Test
    void aRapportorSignsInThroughTheWidgetAndSeesExactlyTheirReportsToSubmit() {
        browser.get(intranat.url("/sv.html"));
        WebElement loggaIn = awaitWidget("#logga-in");
        assertThat(loggaIn.getText()).isEqualTo("Logga in");
        loggaIn.click();
        Browser.signIn(browser, RAPPORTOR, KeycloakTokens.PASSWORD);
        awaitWidget("section[data-state='list']");
        // back on the intranet page as it was, without Keycloak's parameters
        assertThat(browser.getCurrentUrl()).isEqualTo(intranat.url("/sv.html"));
        assertThat(widgetText("#rubrik")).isEqualTo("Att göra i Uppföljning");
        assertThat(widgetText("#slag-rapport_att_lamna")).isEqualTo("Rapporter att lämna");

        List<WebElement> lankar = widget().findElements(By.cssSelector("ul[data-slag='RAPPORT_ATT_LAMNA'] a"));
        List<String> adresser = lankar.stream().map(a -> a.getAttribute("href")).toList();
        List<String> texter = lankar.stream().map(WebElement::getText).toList();
        assertThat(adresser).as("the rapportör's reports to submit in the widget").isNotEmpty()
                .containsExactlyElementsOf(apinsLankar(RAPPORTOR, "RAPPORT_ATT_LAMNA"));
        assertThat(Browser.accessibilityViolations(browser)).as("axe on the intranet page with the widget").isEmpty();

        // the first link as the person clicks it: into the application, signed in by Keycloak's session
        lankar.get(0).click();
        // through the application's sign-in (Keycloak knows the person already) and back to the report
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().equals(adresser.get(0))
                && !d.findElements(By.tagName("h1")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Kvartalsrapport: ").endsWith(period(texter.get(0)));
        // the start page lists the same reports to submit
        browser.get(Deployments.baseUrl() + "/");
        List<String> startsidans = browser.findElements(By.xpath(
                        "//section[@id='rapportor']/ul[preceding-sibling::h2[1][@id='att-lamna']]//a"))
                .stream().map(a -> a.getAttribute("href")).toList();
        assertThat(startsidans).containsExactlyInAnyOrderElementsOf(adresser);
        // and every link opens the report it names
        for (int i = 1; i < adresser.size(); i++) {
            browser.get(adresser.get(i));
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(adresser.get(i))
                    .startsWith("Kvartalsrapport: ").endsWith(period(texter.get(i)));
        }
    }

    @Test
    void onAnEnglishPageTheWidgetIsInEnglish() {
        browser.get(intranat.url("/en.html"));
        WebElement signIn = awaitWidget("#logga-in");
        assertThat(signIn.getText()).isEqualTo("Sign in");
        assertThat(widgetText("section")).contains("To do in Uppföljning", "Sign in to see what is waiting for you");
        signIn.click();
        Browser.signIn(browser, RAPPORTOR, KeycloakTokens.PASSWORD);
        awaitWidget("section[data-state='list']");
        assertThat(widgetText("#rubrik")).isEqualTo("To do in Uppföljning");
        assertThat(widgetText("#slag-rapport_att_lamna")).isEqualTo("Reports to submit");
        WebElement forsta = widget().findElement(By.cssSelector("ul[data-slag='RAPPORT_ATT_LAMNA'] li"));
        assertThat(forsta.getText()).matches(".+, \\d{4} quarter [1-4]: .*due \\d{1,2} [A-Z][a-z]+ \\d{4}.*");
        // the widget's own words: nothing Swedish is left (insats names are data and keep their names)
        String egnaOrd = (String) js("""
                const s = document.querySelector('uppfoljning-att-gora').shadowRoot.querySelector('section').cloneNode(true);
                s.querySelectorAll('ul a').forEach(a => a.remove());
                return s.textContent;""");
        assertThat(egnaOrd).doesNotContain("kvartal", "frist", "Försenad", "påbörjad", "Utkast", "Rapporter", "Öppna", "Logga");
        assertThat(Browser.accessibilityViolations(browser)).as("axe on the English intranet page with the widget").isEmpty();
    }

    @Test
    void aPageFromAnOriginThatIsNotConfiguredGetsNoData() throws Exception {
        String token = KeycloakTokens.accessToken(RAPPORTOR);
        // with the same valid token, the configured intranet's page reads the to-do ...
        vidInloggning(intranat, token);
        browser.get(intranat.url("/sv.html"));
        awaitWidget("section[data-state='list']");
        assertThat(hamtaFranSidan(token)).isEqualTo("200");
        // ... and a page of another origin does not: its browser refuses the answer
        vidInloggning(okantIntranat, token);
        browser.get(okantIntranat.url("/sv.html"));
        awaitWidget("section[data-state='error']");
        assertThat(widgetText("#fel")).isEqualTo("Uppföljning gick inte att nå härifrån just nu.");
        assertThat(widget().findElements(By.cssSelector("ul"))).isEmpty();
        assertThat(hamtaFranSidan(token)).as("fetch from " + okantIntranat.origin()).startsWith("TypeError");

        // what the browser was told: the application answers CORS to the configured origin only
        HttpResponse<String> okand = anrop("GET", okantIntranat.origin(), token);
        assertThat(okand.statusCode()).isEqualTo(200);
        assertThat(okand.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> kand = anrop("GET", intranat.origin(), token);
        assertThat(kand.headers().firstValue("Access-Control-Allow-Origin")).hasValue(intranat.origin());
        HttpResponse<String> forfragan = anrop("OPTIONS", intranat.origin(), null);
        assertThat(forfragan.statusCode()).isEqualTo(204);
        assertThat(forfragan.headers().firstValue("Access-Control-Allow-Origin")).hasValue(intranat.origin());
        assertThat(forfragan.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization");
        HttpResponse<String> okandForfragan = anrop("OPTIONS", okantIntranat.origin(), null);
        assertThat(okandForfragan.statusCode()).isEqualTo(403);
        assertThat(okandForfragan.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        // the widget's endpoint alone: the rest of the API answers no other origin
        HttpResponse<String> annan = send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/mig"))
                .header("Origin", intranat.origin()).header("Authorization", "Bearer " + token).GET().build());
        assertThat(annan.statusCode()).isEqualTo(200);
        assertThat(annan.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    /**
     * The state the widget's library (oidc-client-ts) keeps after a sign-in, put into {@code i}'s
     * session storage: for the origin Keycloak would not send the browser back to.
     */
    private void vidInloggning(Intranat i, String token) {
        browser.get(i.url("/tom.html"));
        JsonObject user = Json.createObjectBuilder().add("access_token", token).add("token_type", "Bearer")
                .add("scope", "openid organization").add("profile", Json.createObjectBuilder().add("sub", RAPPORTOR))
                .add("expires_at", Instant.now().plusSeconds(240).getEpochSecond()).build();
        js("sessionStorage.setItem(arguments[0], arguments[1])",
                "uppfoljning.user:" + KeycloakTokens.issuer() + ":" + KLIENT, user.toString());
    }

    /** The API's answer read from the current page with the browser's fetch: the status, or the error it threw. */
    private String hamtaFranSidan(String token) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {headers: {Authorization: 'Bearer ' + arguments[1]}})
                  .then(r => done(String(r.status))).catch(e => done(e.name + ': ' + e.message));
                """, Deployments.baseUrl() + "/api/att-gora", token);
    }

    /** ", 2023 kvartal 1" of the widget's "Framsteget 2.0, 2023 kvartal 1" (the page names the insats in full). */
    private static String period(String lanktext) {
        return lanktext.substring(lanktext.lastIndexOf(", "));
    }

    private static List<String> apinsLankar(String user, String slag) {
        Api.Reply reply = Api.get("/api/att-gora", KeycloakTokens.accessToken(user));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ((JsonObject) reply.json()).getJsonArray("uppgifter").stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("slag").equals(slag)).map(u -> u.getString("lank")).toList();
    }

    private static HttpResponse<String> anrop(String method, String origin, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/att-gora"))
                .header("Origin", origin);
        if ("OPTIONS".equals(method)) {
            b.header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "authorization")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Authorization", "Bearer " + token).GET();
        }
        return send(b.build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String probe(WebDriver b) {
        return new WebDriverWait(b, Duration.ofSeconds(20)).until(d -> {
            String text = d.findElement(By.id("prov")).getText();
            return text.startsWith("cookie=") ? text : null;
        });
    }

    private SearchContext widget() {
        return browser.findElement(By.tagName("uppfoljning-att-gora")).getShadowRoot();
    }

    /** An element of the widget's shadow DOM, once the widget has drawn it. */
    private WebElement awaitWidget(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(NoSuchShadowRootException.class)
                .until(d -> widget().findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    private String widgetText(String css) {
        return widget().findElement(By.cssSelector(css)).getText();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
