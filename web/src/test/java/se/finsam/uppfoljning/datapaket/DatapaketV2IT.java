package se.finsam.uppfoljning.datapaket;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Version 2 of the data package with all its parts — an insats, its budget, rekvisitioner, a
 * carry-over, a deviation with the förbundschef's partial approval, and the insats' final report —
 * imports all or nothing and exports back equal; version 1 still imports. Uses insatser of its own in
 * 2091 (codes dpkv2-…), so the demo data stays as it is; a year far ahead, because a package may
 * not write rekvisitioner of a closed year (DatapaketClosedYearIT).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatapaketV2IT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private static final String PARTS = """
            "budgetar": [{"insats": "%1$s", "ar": 2091, "belopp": 400000}],
            "overforingar": [{"insats": "%1$s", "franAr": 2091, "belopp": 50000, "beslutsdatum": "2091-12-10",
                              "anteckning": "Förbundschefens beslut efter avvikelserapport."}],
            "rekvisitioner": [
              {"insats": "%1$s", "ar": 2091, "kvartal": 3, "belopp": 150000, "status": "GODKAND",
               "inskickad": "2091-10-15", "beslutad": "2091-10-25",
               "kostnadsrader": [{"text": "Lön", "belopp": 140000}, {"text": "Lokal", "belopp": 10000}]},
              {"insats": "%1$s", "ar": 2091, "kvartal": 4, "belopp": 150000, "status": "GODKAND",
               "inskickad": "2092-01-14", "beslutad": "2092-01-24"}],
            "avvikelser": [{"insats": "%1$s", "typ": "BUDGET", "beskrivning": "Vakans under hösten.", "ar": 2091,
                            "begartBelopp": 80000, "inkommen": "2091-10-05",
                            "beslut": [{"utfall": "DELVIS_GODKAND", "belopp": %2$s, "motivering": "En del förs över.",
                                        "beslutsdatum": "2091-12-10"}]},
                           {"insats": "%1$s", "typ": "MALGRUPP", "beskrivning": "Målgruppen vidgas till 30 år.",
                            "inkommen": "2091-11-02", "beslut": []}],
            "slutrapporter": [{"insats": "%1$s", "syfte": "Att pröva datapaketets version 2.",
                               "mal": [{"nummer": 1, "utfall": "Målet är uppnått.", "uppnatt": true}],
                               "sammanfattning": "Allt kom med.", "leverVidare": "Formatet.",
                               "lankar": ["https://example.org/dpkv2"]}]
            """;

    private static String paket(String kod, String delvis) {
        return """
                {"format": "uppfoljning-datapaket/2", "forbund": "uppsala-lan", "period": {"ar": 2091, "halvar": 2},
                 "insatser": [{"kod": "%1$s", "namn": "Håbo, Datapaket v2 %1$s", "kortnamn": "%1$s", "typ": "INDIVIDINSATS",
                               "agare": "habo", "start": "2091-01-01", "slut": "2091-12-31", "status": "AVSLUTAD",
                               "mal": [{"nummer": 1, "beskrivning": "Ett mål."}]}],
                """.formatted(kod) + PARTS.formatted(kod, delvis) + "}";
    }

    @Test
    void aVersion2PackageWithAllPartsImportsAndExportsBackEqual() {
        String kansli = KeycloakTokens.accessToken("kansli");
        String in = paket("dpkv2-hel", "50000");
        Api.Reply imported = Api.post("/api/datapaket", kansli, in);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.object().getInt("uppfoljning")).isEqualTo(4);

        Api.Reply export = Api.get("/api/datapaket/2091/2", kansli);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        JsonObject sent = Json.createReader(new StringReader(in)).readObject();
        for (String part : List.of("budgetar", "overforingar", "rekvisitioner", "avvikelser", "slutrapporter")) {
            assertThat(normalized(of(export.object().getJsonArray(part), "dpkv2-hel")))
                    .as(part).isEqualTo(normalized(sent.getJsonArray(part)));
        }
        long id = Api.insatsId("dpkv2-hel");
        JsonObject ekonomi = Api.get("/api/insatser/" + id + "/ekonomi/2092", kansli).object();
        assertThat(ekonomi.getJsonNumber("overfortFranForegaendeAr").bigDecimalValue()).isEqualByComparingTo("50000");
        JsonObject beslut = ((JsonArray) Api.get("/api/insatser/" + id + "/avvikelser", kansli).json()).getJsonObject(0)
                .getJsonArray("beslut").getJsonObject(0);
        assertThat(beslut.getJsonNumber("overforingId").longValue())
                .isEqualTo(Api.get("/api/insatser/" + id + "/ekonomi/2091", kansli).object().getJsonArray("overforingar")
                        .getJsonObject(0).getJsonNumber("id").longValue());

        // the same package again writes nothing twice
        assertThat(Api.post("/api/datapaket", kansli, in).object().getInt("uppfoljning")).isEqualTo(1);
        assertThat((JsonArray) Api.get("/api/insatser/" + id + "/avvikelser", kansli).json()).hasSize(2);
    }

    @Test
    void aPackageIsImportedAllOrNothing() {
        String kansli = KeycloakTokens.accessToken("kansli");
        // a partial approval must be less than asked: refused in the check, nothing written
        Api.Reply fel = Api.post("/api/datapaket", kansli, paket("dpkv2-fel", "90000"));
        assertThat(fel.status()).isEqualTo(400);
        assertThat(fel.object().getString("code")).isEqualTo("DPK-001");
        assertThat(fel.object().getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("field"))
                .contains("avvikelser[0].beslut[0].belopp");
        // a carry-over larger than the unused funds (100 000) is refused when written: everything rolls back
        String forStor = paket("dpkv2-stor", "50000").replace("\"belopp\": 400000", "\"belopp\": 340000")
                .replace("\"begartBelopp\": 80000", "\"begartBelopp\": 95000")
                .replace("\"franAr\": 2091, \"belopp\": 50000", "\"franAr\": 2091, \"belopp\": 30000");
        Api.Reply stor = Api.post("/api/datapaket", kansli, forStor);
        assertThat(stor.status()).as(stor.body()).isEqualTo(409);
        assertThat(stor.object().getString("code")).isEqualTo("BUD-201");
        List<String> koder = ((JsonArray) Api.get("/api/insatser", kansli).json()).getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("kod")).toList();
        assertThat(koder).doesNotContain("dpkv2-fel", "dpkv2-stor");
    }

    @Test
    void aVersion1PackageStillImportsButMayNotCarryVersion2Parts() {
        String kansli = KeycloakTokens.accessToken("kansli");
        String v1 = """
                {"format": "uppfoljning-datapaket/1", "forbund": "uppsala-lan", "period": {"ar": 2091, "halvar": 1},
                 "insatser": [{"kod": "dpkv2-v1", "namn": "Håbo, Version 1", "kortnamn": "dpkv2-v1", "typ": "STRUKTURINSATS",
                               "agare": "habo", "start": "2091-01-01", "slut": "2091-06-30", "status": "AVSLUTAD",
                               "mal": [{"nummer": 1, "beskrivning": "Ett mål."}]}]}""";
        Api.Reply ok = Api.post("/api/datapaket", kansli, v1);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.object().getInt("insatser")).isEqualTo(1);

        Api.Reply medAvvikelse = Api.post("/api/datapaket", kansli, v1.replace("dpkv2-v1", "dpkv2-v1b").replaceFirst("}$",
                ", \"avvikelser\": [{\"insats\": \"dpkv2-v1b\", \"typ\": \"MAL\", \"beskrivning\": \"x\", \"inkommen\": \"2091-03-01\"}]}"));
        assertThat(medAvvikelse.status()).as(medAvvikelse.body()).isEqualTo(400);
        assertThat(medAvvikelse.object().getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("field"))
                .contains("format");
    }

    private static JsonArray of(JsonArray parts, String insats) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        parts.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("insats").equals(insats)).forEach(b::add);
        return b.build();
    }

    /** Leaves out nulls and empty arrays (absent and empty mean the same in a package) and compares numbers by value. */
    private static JsonValue normalized(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder b = Json.createObjectBuilder();
                v.asJsonObject().forEach((k, x) -> {
                    if (x.getValueType() != JsonValue.ValueType.NULL
                            && !(x.getValueType() == JsonValue.ValueType.ARRAY && x.asJsonArray().isEmpty())) {
                        b.add(k, normalized(x));
                    }
                });
                yield b.build();
            }
            case ARRAY -> {
                JsonArrayBuilder b = Json.createArrayBuilder();
                v.asJsonArray().forEach(x -> b.add(normalized(x)));
                yield b.build();
            }
            case NUMBER -> Json.createValue(((jakarta.json.JsonNumber) v).bigDecimalValue().stripTrailingZeros());
            default -> v;
        };
    }
}
