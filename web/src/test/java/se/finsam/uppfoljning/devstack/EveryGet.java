package se.finsam.uppfoljning.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part of {@link ApiBenchmark}: every GET of the OpenAPI document that the office (kansli) may
 * call, open loop at one rate, one after the other, with ids from the demo data (the 2022 PMs). An
 * operation whose path needs an id the demo data does not give, or that the office may not call,
 * is listed as not measured, with why. So a new read is measured the day it is added.
 */
final class EveryGet {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    private EveryGet() {
    }

    record Measured(List<ApiBenchmark.Result> results, Map<String, String> skipped) {
        Optional<ApiBenchmark.Result> worst() {
            return results.stream().max(Comparator.comparingDouble(r -> r.percentileMs(0.99)));
        }
    }

    static Measured measure(HttpClient http, String base, ApiBenchmark.Token token, int rate, Duration each) throws Exception {
        // a token of its own that renews itself: this part runs longer than a token lives
        String kansli = token.get();
        Map<String, String> values = values(http, base, kansli);
        List<ApiBenchmark.Result> results = new ArrayList<>();
        List<ApiBenchmark.Case> cases = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (String path : getPaths(http, base)) {
            if (!ApiBenchmark.GET_PATHS.matcher(path).matches()) {
                continue;
            }
            Optional<String> url = fill(path, values);
            if (url.isEmpty()) {
                skipped.put(path, "inget id i demodata");
                continue;
            }
            HttpResponse<String> probe;
            try {
                probe = http.send(get(base + url.get(), token.get()), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                // a server still working off the last operation's backlog may drop a connection: say so, go on
                skipped.put(path, "provanropet misslyckades: " + e.getMessage());
                continue;
            }
            if (probe.statusCode() != 200) {
                skipped.put(path, "kansli får " + probe.statusCode());
                continue;
            }
            cases.add(new ApiBenchmark.Stateless("GET " + path, 1, i -> get(base + url.get(), token.get())));
        }
        // the server is warmed for all of them first (this part runs right after its start), then each
        // is warmed again just before it is measured
        for (ApiBenchmark.Case c : cases) {
            ApiBenchmark.closedLoop(http, c, Duration.ofSeconds(1));
        }
        for (ApiBenchmark.Case c : cases) {
            ApiBenchmark.closedLoop(http, c, Duration.ofSeconds(1));
            results.add(ApiBenchmark.openLoop(http, c, rate, each));
        }
        return new Measured(results, skipped);
    }

    static void print(Measured m, int rate, Duration each) {
        System.out.printf("%nVarje GET som kansliet får anropa, öppen loop %d/s i %d s vardera:%n", rate, each.toSeconds());
        System.out.printf("%-64s %9s %9s %9s %6s%n", "operation", "p50 ms", "p99 ms", "max ms", "fel");
        m.results().stream().sorted(Comparator.comparingDouble((ApiBenchmark.Result r) -> r.percentileMs(0.99)).reversed())
                .forEach(r -> System.out.printf("%-64s %9.1f %9.1f %9.1f %6d%n", r.name().replace(" @ " + rate + "/s", ""),
                        r.percentileMs(0.5), r.percentileMs(0.99), r.maxMs(), r.errors() + r.conflicts()));
        m.skipped().forEach((path, why) -> System.out.printf("%-64s inte mätt: %s%n", "GET " + path, why));
    }

    private static List<String> getPaths(HttpClient http, String base) throws Exception {
        // MicroProfile OpenAPI answers at the server's root, not below the application
        String doc = http.send(HttpRequest.newBuilder(URI.create(base).resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
        JsonObject paths = Json.createReader(new StringReader(doc)).readObject().getJsonObject("paths");
        return paths.entrySet().stream().filter(e -> e.getValue().asJsonObject().containsKey("get"))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The demo data's ids by the names the paths give them. */
    private static Map<String, String> values(HttpClient http, String base, String kansli) throws Exception {
        Map<String, String> v = new LinkedHashMap<>(Map.of("ar", "2022", "halvar", "2", "kvartal", "4", "version", "1"));
        List<JsonObject> insatser = array(http, base + "/insatser", kansli).getValuesAs(JsonObject.class).stream()
                .filter(i -> !i.getString("kod", "").startsWith("bench-")).toList();
        for (JsonObject insats : insatser) {
            String id = insats.get("id").toString();
            v.putIfAbsent("id", id);
            v.putIfAbsent("insatsId", id);
            JsonArray avvikelser = array(http, base + "/insatser/" + id + "/avvikelser", kansli);
            if (!avvikelser.isEmpty() && !v.containsKey("avvikelseId")) {
                v.put("avvikelseId", avvikelser.getJsonObject(0).get("id").toString());
            }
        }
        JsonArray layouter = array(http, base + "/layouter", kansli);
        if (!layouter.isEmpty()) {
            v.put("namn", layouter.getJsonObject(0).getString("namn"));
        }
        return v;
    }

    private static JsonArray array(HttpClient http, String url, String token) throws Exception {
        String body = http.send(get(url, token), HttpResponse.BodyHandlers.ofString()).body();
        JsonValue json = Json.createReader(new StringReader(body)).readValue();
        return json instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static Optional<String> fill(String path, Map<String, String> values) {
        Matcher m = PARAM.matcher(path);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                return Optional.empty();
            }
            m.appendReplacement(url, value);
        }
        m.appendTail(url);
        return Optional.of(url.toString());
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
    }
}
