package se.finsam.uppfoljning.sus;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.sus.control.SusMall;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The SUS import through the API, in the second förbund (demo-annat) so that the demo data of the
 * first stays as the PM tests read it: the seven individinsatser of the H2 2022 PM are registered
 * there, and the sample export holding the seeds' H2 tables 6–9 ({@link SusExempel}) is previewed,
 * committed and imported again (no change, no second import record), as Excel and as CSV. A broken
 * file (a missing column, text in a number cell, K + M ≠ S:a, an unknown insats) is refused whole
 * with one problem per problem and row, and nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SusImportIT {

    static final String KANSLI = "annat.kansli";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @BeforeEach
    void registerTheInsatserInTheSecondForbund() {
        SusExempel.registreraIAnnatForbund();
    }

    @Test
    void theH2SampleIsPreviewedCommittedAndImportedAgainWithoutChange() {
        byte[] fil = SusExempel.h2xlsx();   // one file, uploaded twice (POI stamps each new workbook with its time)
        JsonObject forst = ladda(fil, XLSX, 2022, 2, false);
        forst = vantaTillsKlar(forst.getString("id"));
        assertThat(forst.getString("status")).as(forst.toString()).isEqualTo("KLAR");
        assertThat(forst.getJsonArray("problem")).isEmpty();
        assertThat(forst.getString("format")).isEqualTo("XLSX");
        assertThat(forst.getString("uttagsdatum")).isEqualTo("2023-01-16");
        assertThat(forst.getInt("lastaRader")).isGreaterThanOrEqualTo(14);
        JsonArray andringar = forst.getJsonArray("andringar");
        assertThat(andringar).hasSize(7);
        assertThat(andringar.getValuesAs(JsonObject.class)).allSatisfy(a -> assertThat(a.getBoolean("andras")).isTrue());
        JsonObject habo = andring(andringar, "Håbo, Framsteget 2.0");
        assertThat(skillnad(habo, "inregistrerade")).isEqualTo("45/61");
        assertThat(skillnad(habo, "pagaendeSlut")).isEqualTo("24/31");
        assertThat(skillnad(habo, "uttagsdatum")).isEqualTo("2023-01-16");
        JsonObject knivsta = andring(andringar, "Knivsta, En väg in – steget vidare");
        assertThat(knivsta.getJsonArray("forklarade").getString(0)).startsWith("DEL-012");
        boolean tidigare = forst.containsKey("tidigareInlast") && !forst.isNull("tidigareInlast");

        Api.Reply commit = Api.post("/api/sus-importer/" + forst.getString("id") + "/genomforande", token(), "");
        assertThat(commit.status()).as(commit.body()).isEqualTo(200);
        if (!tidigare) {
            assertThat(commit.object().getInt("andrade")).isEqualTo(7);
            assertThat(commit.object().getJsonNumber("importId")).isNotNull();
            // the records name the import that wrote them (V16): the PM's provenance of table 6 shows it
            long importId = commit.object().getJsonNumber("importId").longValue();
            Api.Reply kalla = Api.get("/api/pm/2022/2/proveniens/tabell6/inregistrerade", token());
            assertThat(kalla.status()).as(kalla.body()).isEqualTo(200);
            List<JsonObject> importerade = kalla.object().getJsonArray("rader").getValuesAs(JsonObject.class).stream()
                    .filter(r -> andringar.getValuesAs(JsonObject.class).stream()
                            .anyMatch(a -> a.getJsonNumber("insatsId").longValue() == r.getJsonNumber("insatsId").longValue()))
                    .toList();
            assertThat(importerade).hasSize(7).allSatisfy(r -> {
                assertThat(r.getString("kalla")).isEqualTo("SUS");
                assertThat(r.getJsonObject("susImport").getJsonNumber("id").longValue()).isEqualTo(importId);
            });
        }
        Api.Reply igen = Api.post("/api/sus-importer/" + forst.getString("id") + "/genomforande", token(), "");
        assertThat(igen.status()).isEqualTo(409);
        assertThat(igen.object().getString("code")).isEqualTo("DEL-136");
        int importer = historik().size();

        // the same file again: nothing would change, nothing changes, no import is recorded
        JsonObject andra = ladda(fil, XLSX, 2022, 2, true);
        assertThat(andra.getString("status")).isEqualTo("KLAR");
        assertThat(andra.getInt("andras")).isZero();
        assertThat(andra.getInt("oforandrade")).isEqualTo(7);
        assertThat(andra.getJsonObject("tidigareInlast").getString("uttagsdatum")).isEqualTo("2023-01-16");
        Api.Reply ingen = Api.post("/api/sus-importer/" + andra.getString("id") + "/genomforande", token(), "");
        assertThat(ingen.status()).isEqualTo(200);
        assertThat(ingen.object().getInt("andrade")).isZero();
        assertThat(ingen.object().containsKey("importId") && !ingen.object().isNull("importId")).isFalse();

        // the same figures as CSV: read the same way, so nothing to change either
        JsonObject csv = ladda(SusExempel.h2csv(), "text/csv", 2022, 2, true);
        assertThat(csv.getString("format")).isEqualTo("CSV");
        assertThat(csv.getString("status")).isEqualTo("KLAR");
        assertThat(csv.getInt("andras")).isZero();
        assertThat(historik()).hasSize(importer);
        JsonObject senaste = historik().getFirst();
        assertThat(senaste.getString("uttagsdatum")).isEqualTo("2023-01-16");
        assertThat(senaste.getString("inlastAv")).isEqualTo(KANSLI);
        assertThat(senaste.getString("innehallshash")).hasSize(64);
    }

    @Test
    void aBrokenFileIsRefusedWholeWithOneProblemPerProblemAndRowAndNothingIsWritten() {
        List<String> rubriker = new ArrayList<>(SusExempel.rubriker());
        List<List<Object>> rader = new ArrayList<>();
        for (List<Object> r : SusExempel.rader()) {
            rader.add(new ArrayList<>(r));
        }
        rader.get(0).set(rubriker.indexOf("Inskrivna K"), "fyrtiofem");      // row 8: text in a number cell
        rader.get(1).set(rubriker.indexOf("Avslutade S:a"), 30);             // row 9: 8 + 23 is not 30
        rader.get(2).set(0, "Knivsta, En väg ut");                           // row 10: no such insats
        int saknas = rubriker.indexOf("Anonyma");                            // heading row 7: a column missing
        rubriker.remove(saknas);
        rader.forEach(r -> r.remove(saknas));
        SusMall.Inledning h1 = new SusMall.Inledning("Deltagarrapport", LocalDate.of(2022, 7, 12),
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30));
        int fore = historik().size();

        JsonObject svar = ladda(SusMall.xlsx(h1, rubriker, rader), XLSX, 2022, 1, true);
        assertThat(svar.getString("status")).isEqualTo("AVVISAD");
        assertThat(svar.getJsonArray("andringar")).isEmpty();
        assertThat(svar.getJsonArray("problem").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("kod"), p -> p.getInt("rad"), p -> p.getString("kolumn"))
                .containsExactly(
                        tuple("DEL-108", 7, "Anonyma"),
                        tuple("DEL-109", 8, "Inskrivna K"),
                        tuple("DEL-010", 9, "Avslutade S:a"),
                        tuple("DEL-112", 10, "Insats"));
        assertThat(svar.getJsonArray("problem").getValuesAs(JsonObject.class))
                .allSatisfy(p -> assertThat(p.getString("meddelande")).isNotBlank());

        Api.Reply commit = Api.post("/api/sus-importer/" + svar.getString("id") + "/genomforande", token(), "");
        assertThat(commit.status()).isEqualTo(409);
        assertThat(commit.object().getString("code")).isEqualTo("DEL-132");
        assertThat(historik()).hasSize(fore);

        // nothing was written: the first half-year has no figures for any of the seven
        List<List<Object>> hela = SusExempel.rader().stream().map(r -> (List<Object>) new ArrayList<>(r)).toList();
        JsonObject ren = ladda(SusMall.xlsx(h1, SusExempel.rubriker(), hela), XLSX, 2022, 1, true);
        assertThat(ren.getJsonArray("andringar").getValuesAs(JsonObject.class))
                .allSatisfy(a -> assertThat(a.getBoolean("finns")).isFalse());
    }

    @Test
    void formalRefusalsOfTheUploadItself() {
        Api.Reply utanPeriod = Api.postBytes("/api/sus-importer", token(), XLSX, SusExempel.h2xlsx());
        assertThat(utanPeriod.status()).isEqualTo(400);
        assertThat(utanPeriod.object().getString("code")).isEqualTo("DEL-135");
        Api.Reply tom = Api.postBytes("/api/sus-importer?ar=2022&halvar=2", token(), XLSX, new byte[0]);
        assertThat(tom.status()).isEqualTo(400);
        assertThat(tom.object().getString("code")).isEqualTo("DEL-119");
        JsonObject makro = ladda("%PDF-1.7 inte en tabell".getBytes(), "application/octet-stream", 2022, 2, true);
        assertThat(makro.getString("status")).isEqualTo("AVVISAD");
        Api.Reply okand = Api.get("/api/sus-importer/00000000-0000-0000-0000-000000000000", token());
        assertThat(okand.status()).isEqualTo(404);
        assertThat(okand.object().getString("code")).isEqualTo("DEL-130");
        // another förbund's office cannot see this one's preview
        JsonObject egen = ladda(SusExempel.h2csv(), "text/csv", 2022, 2, true);
        assertThat(Api.get("/api/sus-importer/" + egen.getString("id"), KeycloakTokens.accessToken("kansli")).status())
                .isEqualTo(404);
        assertThat(Api.get("/api/sus-importer/mall", token()).status()).isEqualTo(200);
    }

    private static JsonObject ladda(byte[] fil, String typ, int ar, int halvar, boolean vanta) {
        Api.Reply r = Api.postBytes("/api/sus-importer?ar=" + ar + "&halvar=" + halvar + "&filnamn=sus.xlsx&vanta=" + vanta,
                token(), typ, fil);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.object();
    }

    private static JsonObject vantaTillsKlar(String id) {
        long slut = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Api.Reply r = Api.get("/api/sus-importer/" + id, token());
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            if (!r.object().getString("status").equals("GRANSKAS") || System.nanoTime() > slut) {
                return r.object();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<JsonObject> historik() {
        Api.Reply r = Api.get("/api/sus-importer", token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return ((JsonArray) r.json()).getValuesAs(JsonObject.class);
    }

    private static JsonObject andring(JsonArray andringar, String insats) {
        return andringar.getValuesAs(JsonObject.class).stream().filter(a -> a.getString("insats").equals(insats))
                .findFirst().orElseThrow(() -> new AssertionError(insats + " saknas i " + andringar));
    }

    private static String skillnad(JsonObject andring, String falt) {
        return andring.getJsonArray("skillnader").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("falt").equals(falt)).findFirst().map(s -> s.getString("efter")).orElse(null);
    }

    private static String token() {
        return KeycloakTokens.accessToken(KANSLI);
    }
}
