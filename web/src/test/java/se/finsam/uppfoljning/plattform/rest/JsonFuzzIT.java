package se.finsam.uppfoljning.plattform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.devstack.EmbeddedDatabase;
import se.finsam.uppfoljning.devstack.ItStack;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;
import se.finsam.uppfoljning.it.Rapporter;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write operation of the API, called by a role allowed to call it, with well over a thousand
 * malformed or mistyped bodies (and, for operations whose input is the path, malformed paths). No
 * answer may be a server error; every refusal is a problem body with a code; and the database and
 * Keycloak's users are exactly as before. The valid body each operation starts from is itself
 * refused by a business rule (a stale version, another förbund, an existing organisation), so that
 * a mutation which happens to be valid cannot write either.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JsonFuzzIT {

    /**
     * HTTP/1.1 as the API's clients speak it: the JDK client otherwise upgrades to HTTP/2 on its own,
     * and a 3 000-character path then ends in a protocol-level stream reset, not in the API.
     */
    private static final HttpClient HTTP = client();

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    record Operation(String method, String path, String user, JsonValue base) {
    }

    record Outcome(String operation, String body, int status, String reply) {
    }

    @Test
    void malformedBodiesNeverReachAServerErrorAndWriteNothing() throws Exception {
        long insats = Api.insatsId("tierp-ung-framtid");
        String report = Rapporter.path(insats, 2022, 1);
        List<Operation> withBody = List.of(
                new Operation("PUT", report, "tierp.rapportor", json("""
                        {"version":999999,"mal":[{"nummer":1,"status":"JA","prognos":"MALEN_KOMMER_NAS","kommentar":"k"}],
                         "vakansSof":false,"vakansEgen":false,"budgetavvikelseInskickad":false,
                         "svar":[{"fraga":"q1","svar":"JA","forklaring":"f"}],"meddelande":"m"}""")),
                new Operation("POST", report + "/inskick", "tierp.rapportor", json("{\"version\":999999}")),
                new Operation("POST", report + "/retur", "kansli", json("""
                        {"version":999999,"mal":"a","resurser":"b","kvalitet":"c","ovrigt":"d"}""")),
                new Operation("POST", report + "/godkannande", "kansli", json("{\"version\":999999}")),
                new Operation("POST", report + "/upplasning", "kansli", json("{\"version\":999999}")),
                // quarter 9 does not exist: even a valid question set is refused
                new Operation("PUT", "/api/fragebatterier/2022/9", "kansli", json("""
                        [{"kod":"q1","rubrik":"R","text":"T","svarstyp":"JA_NEJ","forklaringKravsVid":["NEJ"]}]""")),
                new Operation("POST", "/api/datapaket", "kansli", json("""
                        {"format":"uppfoljning-datapaket/1","forbund":"ett-annat-forbund","period":{"ar":2022,"halvar":1},
                         "insatser":[{"kod":"x","namn":"X","kortnamn":"X","typ":"INDIVIDINSATS","agare":"habo",
                           "samverkansparter":["tierp"],"start":"2021-01-01","slut":"2023-12-31",
                           "forlangningar":[{"slut":"2024-12-31","beslutsdatum":"2023-06-01","beslutAv":"Styrelsen"}],
                           "status":"AKTIV","malgrupp":"m","mal":[{"nummer":1,"beskrivning":"b","malvarde":"v"}],
                           "styrgrupp":[{"namn":"n","organisation":"habo"}],
                           "tilldelningar":[{"anvandare":"habo.rapportor","roll":"rapportor"}],"sortering":1}],
                         "fragebatterier":[{"ar":2022,"franKvartal":1,"fragor":[{"kod":"q1","rubrik":"R","text":"T",
                           "svarstyp":"JA_NEJ","forklaringKravsVid":["NEJ"]}]}],
                         "kvartalsrapporter":[{"insats":"x","ar":2022,"kvartal":1,"status":"GODKAND","inskickad":"2022-04-10",
                           "godkand":"2022-04-20","mal":[{"nummer":1,"status":"JA","prognos":"JA","kommentar":"k"}],
                           "vakansSof":false,"vakansEgen":false,"budgetavvikelseInskickad":false,
                           "svar":[{"fraga":"q1","svar":"JA","forklaring":null}],"meddelande":"m"}]}""")),
                // a version nobody has: even a valid text is refused
                new Operation("PUT", "/api/pm/2022/1/texter/BAKGRUND", "kansli", json("""
                        {"text":"## Rubrik\\n\\nEn **text**.","version":999999}""")),
                // the organisation exists already: a valid body is a conflict
                new Operation("POST", "/api/partners", "systemadmin", json("""
                        {"organisation":"habo","namn":"Håbo kommun","typ":"KOMMUN"}""")),
                new Operation("POST", "/api/system/organisationer", "systemadmin", json("""
                        {"alias":"habo","namn":"Håbo kommun","typ":"KOMMUN","doman":"habo.se"}""")),
                // the förbund and the organisation exist already, the invitation's address is no address
                new Operation("POST", "/api/system/forbund", "systemadmin", json("""
                        {"forbund":{"kod":"uppsala-lan","namn":"Samordningsförbundet Uppsala län","kansli":"kansliet"},
                         "doman":"samordningsforbundet-uppsala.se"}""")),
                new Operation("POST", "/api/system/forbund/uppsala-lan/organisationer", "systemadmin", json("""
                        {"alias":"habo","namn":"Håbo kommun","typ":"KOMMUN","doman":"habo.se"}""")),
                new Operation("POST", "/api/system/forbund/uppsala-lan/inbjudningar", "systemadmin", json("""
                        {"organisation":"habo","email":"x","fornamn":"Ny","efternamn":"Person"}""")),
                // a stale version: even a valid budget is a conflict
                new Operation("PUT", "/api/insatser/" + insats + "/ekonomi/2022/budget", "kansli", json("""
                        {"version":999999,"belopp":"1 000 000","forstaHalvar":500000}""")),
                // the year's budgets confirmed whole: a version nobody read, in a closed year
                new Operation("PUT", "/api/arsbudgetar/2022", "kansli", json("""
                        {"budgetar":[{"insats":%d,"version":999999,"belopp":"1 000 000","forstaHalvar":500000}]}""".formatted(insats))),
                // a year outside the register's range: even a valid rekvisition is refused
                new Operation("POST", "/api/insatser/" + insats + "/rekvisitioner", "tierp.rapportor", json("""
                        {"ar":1999,"kvartal":1,"belopp":125000.5,"kostnadsrader":[{"text":"Lön","belopp":"125 000,50"}],
                         "meddelande":"m"}""")),
                new Operation("POST", "/api/insatser/" + insats + "/rekvisitioner/1999/1/godkannande", "kansli",
                        json("{\"version\":999999,\"kommentar\":\"k\"}")),
                new Operation("POST", "/api/insatser/" + insats + "/rekvisitioner/1999/1/retur", "kansli",
                        json("{\"version\":999999,\"kommentar\":\"k\"}")),
                // the register (issue 19): an owner that is no partner, or a stale version: even a valid body is refused
                new Operation("POST", "/api/insatser", "kansli", json(insats("\"agare\":\"finns-inte\""))),
                new Operation("PUT", "/api/insatser/" + insats, "kansli", json(insats("\"version\":999999,\"agare\":\"tierp\""))),
                new Operation("POST", "/api/insatser/" + insats + "/forlangningar", "kansli", json("""
                        {"version":999999,"slut":"2030-12-31","beslutsdatum":"2022-10-01","beslutAv":"Styrelsen"}""")),
                new Operation("POST", "/api/insatser/" + insats + "/avslut", "kansli", json("""
                        {"version":999999,"slut":"2022-06-30","beslutsdatum":"2022-05-01"}""")),
                new Operation("POST", "/api/personer", "habo.admin", json("""
                        {"email":"x","fornamn":"Ny","efternamn":"Person"}""")));

        // (no slash or backslash: the server normalises or refuses such a path before the API sees it)
        String[] users = {"finns-inte", "..", "%00", "x".repeat(3000), "' or 1=1 --", "ä ö", "users?first=0"};
        String[] roles = {"kansli", "systemadmin", "okand", "RAPPORTOR", "%ZZ", " ", "x".repeat(500)};
        List<Operation> pathOnly = new ArrayList<>();
        for (int i = 0; i < users.length; i++) {
            String u = users[i];
            // each malformed user id with two of the role names: the pairs, not the whole product,
            // since every call asks Keycloak's Admin API
            for (String r : List.of(roles[i % roles.length], roles[(i + 3) % roles.length])) {
                String user = encode(u);
                String role = encode(r);
                pathOnly.add(new Operation("PUT", "/api/personer/" + user + "/roller/" + role, "habo.admin", null));
                pathOnly.add(new Operation("DELETE", "/api/personer/" + user + "/roller/" + role, "habo.admin", null));
                pathOnly.add(new Operation("PUT", "/api/system/anvandare/" + user + "/roller/" + role, "systemadmin", null));
                pathOnly.add(new Operation("DELETE", "/api/system/anvandare/" + user + "/roller/" + role, "systemadmin", null));
                String forbund = encode(List.of("uppsala-lan", "finns-inte", "UPPSALA", "%00").get(i % 4));
                pathOnly.add(new Operation("PUT", "/api/system/forbund/" + forbund + "/anvandare/" + user + "/roller/" + role,
                        "systemadmin", null));
            }
            String user = encode(u);
            for (String insatsId : List.of(Long.toString(insats), "-1", "abc", "99999999999999999999")) {
                pathOnly.add(new Operation("PUT", "/api/personer/" + user + "/insatser/" + insatsId, "habo.admin", null));
            }
        }
        for (String datum : List.of("2022-13-45", "igår", "99999-01-01", "2022-02-30", "%00", "x".repeat(2000), "")) {
            pathOnly.add(new Operation("POST", "/api/paminnelser/" + encode(datum),
                    "kansli", null));
        }

        Map<String, String> tokens = new TreeMap<>();
        String before = fingerprint();
        List<Outcome> outcomes = new ArrayList<>();
        for (Operation op : withBody) {
            String token = tokens.computeIfAbsent(op.user(), KeycloakTokens::accessToken);
            // the valid starting body first: it must be refused by a rule, not written
            outcomes.add(send(op, new JsonMutations.Body("grund", op.base().toString().getBytes(StandardCharsets.UTF_8)), token));
            for (JsonMutations.Body body : JsonMutations.of(op.base())) {
                outcomes.add(send(op, body, token));
            }
        }
        // operations without a body answer before reading one; large bodies there only test the client
        List<JsonMutations.Body> garbage = JsonMutations.garbageOnly().stream().filter(b -> b.bytes().length < 10_000).toList();
        for (int i = 0; i < pathOnly.size(); i++) {
            Operation op = pathOnly.get(i);
            String token = tokens.computeIfAbsent(op.user(), KeycloakTokens::accessToken);
            outcomes.add(send(op, garbage.get(i % garbage.size()), token));
        }
        String after = fingerprint();

        assertThat(outcomes.size()).as("antal felaktiga anrop").isGreaterThanOrEqualTo(1000);
        assertThat(outcomes).as("svar ≥ 500").filteredOn(o -> o.status() >= 500 || o.status() < 0).isEmpty();
        assertThat(outcomes).as("svar som inte är en vägran").filteredOn(o -> o.status() < 400).isEmpty();
        assertThat(outcomes).as("vägran utan problem+json med kod")
                .filteredOn(o -> !isProblemWithCode(o.reply())).isEmpty();
        assertThat(after).as("databasen och Keycloaks användare efter fuzzning").isEqualTo(before);
        System.out.println("JsonFuzzIT: " + outcomes.size() + " felaktiga anrop, statuskoder "
                + outcomes.stream().collect(java.util.stream.Collectors.groupingBy(Outcome::status,
                TreeMap::new, java.util.stream.Collectors.counting())));
    }

    /** An insats of the register, complete, with {@code ägare} (and a version) as given. */
    private static String insats(String agare) {
        return """
                {%s,"namn":"N","kortnamn":"K","kortnamnFran":{"ar":2022,"halvar":1},"typ":"INDIVIDINSATS",
                 "samverkansparter":["tierp"],"start":"2022-01-01","slut":"2023-12-31","malgrupp":"m",
                 "mal":[{"nummer":1,"beskrivning":"b","malvarde":"v"}],"styrgrupp":[{"namn":"n","organisation":"tierp"}],
                 "rapportorer":["tierp.rapportor"]}""".formatted(agare);
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static Outcome send(Operation op, JsonMutations.Body body, String token) {
        String name = op.method() + " " + abbreviate(op.path()) + " [" + body.name() + "]";
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + op.path()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    // the API's DELETEs take no body, and the server refuses one before the API sees it
                    .method(op.method(), "DELETE".equals(op.method()) ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
            // A body over the limit is answered before it is read to the end, with Connection: close.
            // The JDK client, sending such a body on a connection it reused, keeps waiting instead of
            // reading that answer (curl does not), so large bodies go on a connection of their own.
            HttpClient client = body.bytes().length > 1_000_000 ? client() : HTTP;
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            return new Outcome(name, body.name(), r.statusCode(), type + " " + r.body());
        } catch (Exception e) {
            return new Outcome(name, body.name(), -1, e.toString());
        }
    }

    private static boolean isProblemWithCode(String reply) {
        if (!reply.startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonObject problem = Json.createReader(new StringReader(reply.substring(reply.indexOf(' ') + 1))).readObject();
            return problem.getString("code", "").matches("[A-Z]{2,3}-\\d{3}");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Every table's rows hashed, and Keycloak's user count: equal before and after means nothing was written. */
    private static String fingerprint() throws Exception {
        EmbeddedDatabase db = ItStack.database();
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public' "
                    + "and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \""
                        + table + "\" t")) {
                    rs.next();
                    out.append(table).append('=').append(rs.getLong(1)).append(':').append(rs.getString(2)).append('\n');
                }
            }
        }
        out.append("keycloak-users=").append(keycloakUsers());
        return out.toString();
    }

    private static String keycloakUsers() throws Exception {
        String base = "http://localhost:" + Integer.getInteger("it.keycloak.port");
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        String admin = Json.createReader(new StringReader(token.body())).readObject().getString("access_token");
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/uppfoljning/users?briefRepresentation=true&max=1000"))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * The malformed value as a well-formed path segment: the values are what is fuzzed, not the
     * HTTP layer's own escaping (which the server answers before the API sees the request).
     */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
