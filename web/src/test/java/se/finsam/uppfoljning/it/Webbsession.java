package se.finsam.uppfoljning.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in web session without a browser: follows the pages' OpenID Connect redirects to the
 * build's Keycloak, posts its login form (one step or identity-first: username, then password) and
 * keeps the cookies, so that a test reads many pages' statuses fast. Pages are read without
 * following redirects: a page answers for itself.
 */
public final class Webbsession {

    private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    public record Svar(int status, String body, String location) {
    }

    private final Kakor kakor = new Kakor();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(kakor)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private Webbsession() {
    }

    /** Opens the start page as {@code username} (password {@value KeycloakTokens#PASSWORD}). */
    public static Webbsession signIn(String username) {
        Webbsession s = new Webbsession();
        Svar svar = s.follow(s.request(Deployments.baseUrl() + "/").GET().build());
        for (int steg = 0; steg < 3 && FORM.matcher(svar.body()).find(); steg++) {
            Matcher form = FORM.matcher(svar.body());
            form.find();
            Matcher action = ACTION.matcher(form.group());
            if (!action.find()) {
                throw new IllegalStateException("Keycloaks inloggningsformulär saknar action: " + svar.body());
            }
            StringBuilder falt = new StringBuilder("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
            if (svar.body().contains("name=\"password\"")) {
                falt.append("&password=").append(KeycloakTokens.PASSWORD).append("&credentialId=");
            }
            svar = s.follow(s.request(action.group(1).replace("&amp;", "&"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(falt.toString())).build());
        }
        if (svar.status() != 200 || !svar.body().contains("id=\"innehall\"")) {
            throw new IllegalStateException(username + " kom inte in: " + svar.status() + " " + svar.location() + "\n" + svar.body());
        }
        return s;
    }

    /** A page of the application, {@code path} from the context root; redirects are not followed. */
    public Svar get(String path) {
        return send(request(Deployments.baseUrl() + path).GET().build());
    }

    private Svar follow(HttpRequest first) {
        Svar svar = send(first);
        URI at = first.uri();
        for (int i = 0; i < 10 && svar.location() != null; i++) {
            at = at.resolve(svar.location());
            svar = send(request(at.toString()).GET().build());
        }
        return svar;
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept", "text/html");
    }

    private Svar send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = r.statusCode();
            return new Svar(status, r.body(), status >= 300 && status < 400 ? r.headers().firstValue("Location").orElse(null) : null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The cookies of both servers on localhost. Not the JDK's CookieManager: it withholds cookies
     * marked Secure from plain http, which Keycloak may mark them on localhost (a browser's secure context).
     */
    private static final class Kakor extends CookieHandler {

        /** Per port (the application's, Keycloak's), by name and path. */
        private final Map<Integer, Map<String, HttpCookie>> kakor = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            List<String> varden = new ArrayList<>();
            kakor.getOrDefault(uri.getPort(), Map.of()).values().stream().filter(c -> !c.hasExpired())
                    .filter(c -> c.getPath() == null || path.startsWith(c.getPath().replaceAll("/$", "")))
                    .forEach(c -> varden.add(c.getName() + "=" + c.getValue()));
            return varden.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", varden)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            Map<String, HttpCookie> hamn = kakor.computeIfAbsent(uri.getPort(), p -> new ConcurrentHashMap<>());
            headers.forEach((namn, varden) -> {
                if ("set-cookie".equalsIgnoreCase(namn)) {
                    varden.stream().flatMap(v -> HttpCookie.parse(v).stream()).forEach(c -> {
                        String key = c.getName() + " " + c.getPath();
                        if (c.getMaxAge() == 0) {
                            hamn.remove(key);
                        } else {
                            hamn.put(key, c);
                        }
                    });
                }
            });
        }
    }
}
