package se.finsam.uppfoljning.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The national part of the PM benchmark: many förbund in one database, each set up as a real
 * national deployment would be and nothing more — a {@code forbund} row with its partners (förbund
 * are rows, as {@code db/demo/R__demo_forbund.sql} writes them; faster than {@code POST /api/system/forbund}), a Keycloak
 * organisation for its office with a kansli user whose {@code forbund} attribute names it (through
 * the Keycloak admin REST API of the benchmark's own Keycloak, as an administrator would), and its
 * data: the demo data packages of 2022 with the förbund's name, widened to {@link #INSATSER}
 * insatser, imported through {@code POST /api/datapaket} by that kansli user. Then every förbund's
 * H2 2022 PM is downloaded as PDF by its own kansli, by a few clients at once, and the wall time of
 * all of them is the figure.
 */
final class Nationellt {

    /** Insatser per förbund: the demo's eleven and the first ones again under other codes. */
    static final int INSATSER = 15;
    private static final List<String> PAKET = List.of("/demo/datapaket-2022-1.json", "/demo/datapaket-2022-2.json");
    private static final String REALM = LocalKeycloak.REALM;

    private Nationellt() {
    }

    static String kod(int i) {
        return String.format("matning-%02d", i);
    }

    /** Sets up {@code antal} förbund and returns their kansli users' access tokens, in order. */
    static List<String> forbered(HttpClient http, String api, LocalKeycloak kc, EmbeddedDatabase db, int antal) throws Exception {
        long t0 = System.nanoTime();
        List<String> koder = new ArrayList<>();
        for (int i = 1; i <= antal; i++) {
            koder.add(kod(i));
        }
        rader(db, koder);
        JsonObject kansliRoll = json(send(http, adminGet(kc, "/roles/kansli", adminToken(http, kc)), 200));
        List<String> tokens = new ArrayList<>();
        for (String kod : koder) {
            String admin = adminToken(http, kc); // an admin token lives a minute; the setup takes longer
            String anvandare = kod + ".kansli";
            String org = created(http, adminPost(kc, "/organizations", admin, Json.createObjectBuilder().add("name", "Kansliet, " + namn(kod))
                    .add("alias", kod + "-kansliet").add("enabled", true)
                    .add("domains", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", kod + ".example")))
                    .build().toString()));
            String user = created(http, adminPost(kc, "/users", admin, Json.createObjectBuilder().add("username", anvandare).add("enabled", true)
                    .add("emailVerified", true).add("firstName", "Kansli").add("lastName", kod).add("email", anvandare + "@" + kod + ".example")
                    .add("attributes", Json.createObjectBuilder().add("forbund", Json.createArrayBuilder().add(kod)))
                    .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                            .add("value", "demo").add("temporary", false)))
                    .build().toString()));
            send(http, adminPost(kc, "/users/" + user + "/role-mappings/realm", admin,
                    Json.createArrayBuilder().add(kansliRoll).build().toString()), 204);
            send(http, adminPost(kc, "/organizations/" + org + "/members", admin, "\"" + user + "\""), 201);

            String token = ApiBenchmark.token(http, kc, anvandare);
            for (String paket : PAKET) {
                send(http, HttpRequest.newBuilder(URI.create(api + "/datapaket")).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(paket(paket, kod))).build(), 200);
            }
            tokens.add(token);
        }
        System.out.printf("nationellt: %d förbund med %d insatser var förberedda på %.0f s (rader, Keycloak, två datapaket var)%n",
                antal, INSATSER, (System.nanoTime() - t0) / 1e9);
        // fresh tokens for the timed part: the realm's live five minutes, and the setup can take longer
        List<String> fresh = new ArrayList<>();
        for (String kod : koder) {
            fresh.add(ApiBenchmark.token(http, kc, kod + ".kansli"));
        }
        return fresh;
    }

    /**
     * Every förbund's H2 2022 PM as PDF, each by its own kansli, {@code klienter} downloads at a time;
     * returns the wall time in seconds. Every PDF must come back 200 and name its förbund's layouts.
     */
    static double rendera(HttpClient http, String base, List<String> tokens, int klienter) throws Exception {
        AtomicInteger nasta = new AtomicInteger();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(klienter)) {
            List<Future<Integer>> klar = new ArrayList<>();
            for (int k = 0; k < klienter; k++) {
                klar.add(pool.submit(() -> {
                    int n = 0;
                    for (int i = nasta.getAndIncrement(); i < tokens.size(); i = nasta.getAndIncrement()) {
                        if (PmBenchmark.download(http, PmBenchmark.pdf(base, tokens.get(i))).length < 10_000) {
                            throw new IllegalStateException("för liten PDF för " + kod(i + 1));
                        }
                        n++;
                    }
                    return n;
                }));
            }
            int antal = 0;
            for (Future<Integer> f : klar) {
                antal += f.get();
            }
            if (antal != tokens.size()) {
                throw new IllegalStateException(antal + " av " + tokens.size() + " PM");
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String namn(String kod) {
        return "Samordningsförbundet " + kod;
    }

    /** The förbund rows and their partners (the demo förbund's, the office under its own alias). */
    private static void rader(EmbeddedDatabase db, List<String> koder) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
            try (PreparedStatement s = c.prepareStatement("insert into forbund (kod, namn) values (?, ?)")) {
                for (String kod : koder) {
                    s.setString(1, kod);
                    s.setString(2, namn(kod));
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    insert into partner (forbund_id, organisation, namn, typ)
                    select f.id, case when p.typ = 'KANSLI' then f.kod || '-kansliet' else p.organisation end,
                           case when p.typ = 'KANSLI' then 'Kansliet, ' || f.namn else p.namn end, p.typ
                    from forbund f, partner p join forbund u on u.id = p.forbund_id
                    where u.kod = 'uppsala-lan' and f.kod like 'matning-%'""")) {
                s.executeUpdate();
            }
        }
    }

    /**
     * A demo data package for another förbund: its code instead of the demo's, {@link #INSATSER}
     * insatser (the first ones again under codes ending {@code -2}, with everything that refers to
     * them), and no assignments to the demo förbund's users.
     */
    static String paket(String resurs, String forbund) throws Exception {
        JsonObject demo;
        try (InputStream in = Nationellt.class.getResourceAsStream(resurs)) {
            if (in == null) {
                throw new IllegalStateException(resurs + " saknas");
            }
            demo = Json.createReader(in).readObject();
        }
        List<JsonObject> insatser = demo.getJsonArray("insatser").getValuesAs(JsonObject.class);
        Map<String, String> kopior = new LinkedHashMap<>();
        for (int i = 0; insatser.size() + i < INSATSER; i++) {
            kopior.put(insatser.get(i).getString("kod"), insatser.get(i).getString("kod") + "-2");
        }
        // without the rekvisitioner: a package obeys the closed-year rule (issue 19), and 2022 closed on
        // 1 April 2023, so 2022's claims are refused from a package today (the demo förbund's are loaded
        // as of before that, DemoData.asOf); these förbund's PMs have budgets but no utfall in table 4
        var out = Json.createObjectBuilder(demo).add("forbund", forbund).remove("rekvisitioner");
        for (Map.Entry<String, JsonValue> e : demo.entrySet()) {
            if (!(e.getValue() instanceof JsonArray array) || e.getKey().equals("fragebatterier")
                    || e.getKey().equals("rekvisitioner")) {
                continue;
            }
            JsonArrayBuilder b = Json.createArrayBuilder();
            for (JsonObject o : array.getValuesAs(JsonObject.class)) {
                boolean insats = e.getKey().equals("insatser");
                String kod = o.getString(insats ? "kod" : "insats");
                b.add(insats ? Json.createObjectBuilder(o).add("tilldelningar", JsonValue.EMPTY_JSON_ARRAY) : Json.createObjectBuilder(o));
                String kopia = kopior.get(kod);
                if (kopia != null) {
                    var k = Json.createObjectBuilder(o).add(insats ? "kod" : "insats", kopia);
                    if (insats) {
                        k.add("namn", o.getString("namn") + " II").add("kortnamn", o.getString("kortnamn") + " II")
                                .add("sortering", o.getInt("sortering") + 100).add("tilldelningar", JsonValue.EMPTY_JSON_ARRAY);
                    }
                    b.add(k);
                }
            }
            out.add(e.getKey(), b);
        }
        return out.build().toString();
    }

    private static String adminToken(HttpClient http, LocalKeycloak kc) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        return json(send(http, HttpRequest.newBuilder(URI.create("http://localhost:" + kc.port() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(), 200))
                .getString("access_token");
    }

    private static HttpRequest adminGet(LocalKeycloak kc, String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + kc.port() + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest adminPost(LocalKeycloak kc, String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + kc.port() + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String send(HttpClient http, HttpRequest r, int expected) throws Exception {
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(r.method() + " " + r.uri() + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Sends a create and returns the new object's id, the last segment of its Location. */
    private static String created(HttpClient http, HttpRequest r) throws Exception {
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 201 || location.isEmpty()) {
            throw new IllegalStateException(r.method() + " " + r.uri() + ": " + response.statusCode() + " " + response.body());
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** An object, or the only object of an array (a search by exact name). */
    private static JsonObject json(String body) {
        JsonValue v = Json.createReader(new StringReader(body)).readValue();
        if (v instanceof JsonArray a) {
            if (a.size() != 1) {
                throw new IllegalStateException("väntade ett svar: " + body);
            }
            return a.getJsonObject(0);
        }
        return v.asJsonObject();
    }
}
