package se.finsam.uppfoljning.attgora;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A partner's intranet for WidgetBrowserIT: a few static pages on 127.0.0.1 (another site than the
 * application's localhost), served by the JDK's own HTTP server. {@code /sv.html} and
 * {@code /en.html} are start pages with the widget, {@code /tom.html} is a page without it,
 * {@code /prov.html} frames {@code /kaka.html} from localhost (a third party) to show what that
 * frame may do with cookies.
 */
final class Intranat implements AutoCloseable {

    private final HttpServer server;

    private Intranat(HttpServer server) {
        this.server = server;
    }

    /** {@code port} 0: any free port, an origin the application is not configured for. */
    static Intranat start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            Intranat intranat = new Intranat(server);
            server.createContext("/", intranat::serve);
            server.start();
            return intranat;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String page) {
        return origin() + page;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String html = switch (exchange.getRequestURI().getPath()) {
            case "/sv.html" -> startsida("sv", "Intranätet", "Välkommen till Håbo kommuns intranät");
            case "/en.html" -> startsida("en", "Intranet", "Welcome to the intranet of Håbo kommun");
            case "/tom.html" -> sida("sv", "Tom sida", "<h1>Tom sida</h1>");
            case "/prov.html" -> sida("en", "Third-party cookie probe", """
                    <h1>Third-party cookie probe</h1><p id="prov">waiting</p>
                    <iframe title="probe" src="http://localhost:%d/kaka.html"></iframe>
                    <script>addEventListener('message', e => { document.getElementById('prov').textContent = e.data; });</script>
                    """.formatted(server.getAddress().getPort()));
            case "/kaka.html" -> sida("en", "Probe", """
                    <script>
                      document.cookie = 'prov=1; SameSite=None; Secure; Path=/';
                      parent.postMessage('cookie=[' + document.cookie + ']', '*');
                    </script>""");
            default -> null;
        };
        byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", html == null ? "text/plain" : "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** An intranet start page that places the widget as docs/intranat.md tells a plain HTML page to. */
    private static String startsida(String lang, String titel, String rubrik) {
        return sida(lang, titel, """
                <h1>%s</h1>
                <uppfoljning-att-gora realm-url="%s"></uppfoljning-att-gora>
                <script src="%s/widget/att-gora.js" defer></script>
                """.formatted(rubrik, KeycloakTokens.issuer(), Deployments.baseUrl()));
    }

    private static String sida(String lang, String titel, String main) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="UTF-8"><title>%s</title>
                <style>uppfoljning-att-gora { --uppfoljning-lankfarg: #00458a; --uppfoljning-typsnitt: sans-serif; }</style></head>
                <body><main>%s</main></body>
                </html>
                """.formatted(lang, titel, main);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
