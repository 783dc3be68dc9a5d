package se.finsam.uppfoljning.insats;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.Deployments;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.uppfoljning.insats.Registerinsats.KANSLI;
import static se.finsam.uppfoljning.insats.Registerinsats.body;
import static se.finsam.uppfoljning.insats.Registerinsats.skapa;
import static se.finsam.uppfoljning.insats.Registerinsats.unik;

/**
 * The register kept by the office (issue 19): an insats registered, edited, extended and closed through
 * {@code /api/insatser}, each change in its history; every validation answered with its code; only the
 * office of the insats' own förbund may write. The insatser are the test's own, in the second förbund
 * and in years nobody else reads (2031–2032), so the demo data's PMs stay as they are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InsatsregisterIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    private static String token(String user) {
        return KeycloakTokens.accessToken(user);
    }

    @Test
    void registerEditExtendAndCloseEachInTheHistory() {
        String namn = unik("Registertest");
        JsonObject ny = skapa(body(namn, namn, "INDIVIDINSATS", "forsakringskassan", "2031-01-01", "2031-12-31"));
        long id = ny.getJsonNumber("id").longValue();
        long v1 = ny.getJsonNumber("version").longValue();
        assertThat(ny.getString("agare")).isEqualTo("forsakringskassan");
        assertThat(ny.getJsonArray("samverkansparter").getString(0)).isEqualTo("arbetsformedlingen");
        assertThat(ny.getJsonArray("mal").getJsonObject(0).getInt("nummer")).isEqualTo(1);
        assertThat(ny.getJsonArray("rapportorer").getString(0)).isEqualTo("annat.rapportor");
        assertThat(ny.getString("status")).isEqualTo("AKTIV");
        String sokvag = "/api/insatser/" + id;

        // edit: a new name and a second goal
        String andrad = body(namn + " (ändrad)", namn, "INDIVIDINSATS", "forsakringskassan", "2031-01-01", "2031-12-31")
                .replaceFirst("\\{", "{\"version\": " + v1 + ",")
                .replace("\"mal\": [{", "\"mal\": [{\"nummer\": 1, ").replace("\"malvarde\": \"40 deltagare\"}]",
                        "\"malvarde\": \"40 deltagare\"}, {\"beskrivning\": \"Samverkan med vården.\"}]");
        Api.Reply edit = Api.put(sokvag, token(KANSLI), andrad);
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        long v2 = edit.object().getJsonNumber("version").longValue();
        assertThat(v2).isGreaterThan(v1);
        assertThat(edit.object().getString("namn")).isEqualTo(namn + " (ändrad)");
        assertThat(edit.object().getJsonArray("mal")).hasSize(2);

        // the same edit from the version read before: refused with what changed since
        Api.Reply stale = Api.put(sokvag, token(KANSLI), andrad);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.object().getString("code")).isEqualTo("INS-012");
        assertThat(fields(stale)).contains("namn", "mal.2");

        // the board extends it in the second half of 2031: * in table 1 of H2 2031, not of H1 2032
        Api.Reply forlangd = Api.post(sokvag + "/forlangningar", token(KANSLI),
                "{\"version\": " + v2 + ", \"slut\": \"2032-06-30\", \"beslutsdatum\": \"2031-10-15\", \"beslutAv\": \"Styrelsen\"}");
        assertThat(forlangd.status()).as(forlangd.body()).isEqualTo(200);
        long v3 = forlangd.object().getJsonNumber("version").longValue();
        assertThat(tabell1Rad("2031/2", id)).hasValueSatisfying(r -> {
            assertThat(r.getBoolean("forlangd")).isTrue();
            assertThat(r.getString("slut")).isEqualTo("2032-06-30");
        });
        assertThat(tabell1Rad("2032/1", id)).hasValueSatisfying(r -> assertThat(r.getBoolean("forlangd")).isFalse());
        assertThat(tabell1Rad("2031/1", id)).hasValueSatisfying(r -> {
            assertThat(r.getBoolean("forlangd")).isFalse();
            assertThat(r.getString("slut")).isEqualTo("2031-12-31");
        });

        // not yet at its end: closing needs an earlier end the board decided
        Api.Reply pagar = Api.post(sokvag + "/avslut", token(KANSLI), "{\"version\": " + v3 + "}");
        assertThat(pagar.status()).isEqualTo(409);
        assertThat(pagar.object().getString("code")).isEqualTo("INS-015");
        Api.Reply utanBeslut = Api.post(sokvag + "/avslut", token(KANSLI), "{\"version\": " + v3 + ", \"slut\": \"2032-03-31\"}");
        assertThat(utanBeslut.status()).isEqualTo(400);
        assertThat(utanBeslut.object().getString("code")).isEqualTo("INS-006");
        Api.Reply efter = Api.post(sokvag + "/avslut", token(KANSLI), "{\"version\": " + v3 + ", \"slut\": \"2033-03-31\", \"beslutsdatum\": \"2031-12-01\"}");
        assertThat(efter.status()).isEqualTo(409);
        assertThat(efter.object().getString("code")).isEqualTo("INS-016");
        Api.Reply inteSenare = Api.post(sokvag + "/forlangningar", token(KANSLI),
                "{\"version\": " + v3 + ", \"slut\": \"2032-06-30\", \"beslutsdatum\": \"2031-11-01\"}");
        assertThat(inteSenare.status()).isEqualTo(409);
        assertThat(inteSenare.object().getString("code")).isEqualTo("INS-013");

        Api.Reply stangd = Api.post(sokvag + "/avslut", token(KANSLI),
                "{\"version\": " + v3 + ", \"slut\": \"2032-03-31\", \"beslutsdatum\": \"2031-12-01\"}");
        assertThat(stangd.status()).as(stangd.body()).isEqualTo(200);
        assertThat(stangd.object().getString("status")).isEqualTo("AVSLUTAD");
        assertThat(stangd.object().getBoolean("slutrapportKravs")).isTrue();
        assertThat(tabell1Rad("2032/1", id)).hasValueSatisfying(r -> assertThat(r.getString("slut")).isEqualTo("2032-03-31"));
        long v4 = stangd.object().getJsonNumber("version").longValue();
        Api.Reply igen = Api.post(sokvag + "/avslut", token(KANSLI), "{\"version\": " + v4 + "}");
        assertThat(igen.object().getString("code")).isEqualTo("INS-014");

        // every change in the insats' history, with who and what before and after
        Api.Reply historik = Api.get(sokvag + "/historik", token(KANSLI));
        assertThat(historik.status()).isEqualTo(200);
        List<JsonObject> rader = ((JsonArray) historik.json()).getValuesAs(JsonObject.class);
        assertThat(rader).allSatisfy(r -> assertThat(r.getString("vem")).isEqualTo(KANSLI));
        assertThat(rad(rader, "namn", namn + " (ändrad)")).hasValueSatisfying(r -> assertThat(r.getString("fore")).isEqualTo(namn));
        assertThat(rad(rader, "mal.2", "Samverkan med vården.")).isPresent();
        assertThat(rad(rader, "forlangning.2031-10-15", "till 2032-06-30, beslut av Styrelsen")).isPresent();
        assertThat(rad(rader, "status", "AVSLUTAD")).hasValueSatisfying(r -> assertThat(r.getString("fore")).isEqualTo("AKTIV"));
        assertThat(rad(rader, "avslut", "2032-03-31, beslutat 2031-12-01")).isPresent();
        assertThat(rad(rader, "agare", "forsakringskassan")).isPresent();
        // refused writes wrote nothing
        assertThat(rader.stream().filter(r -> r.getString("falt").equals("namn"))).hasSize(2);
    }

    @Test
    void anInsatsWhoseEndHasComeClosesAsItIs() {
        String namn = unik("Avslutas vid slut");
        JsonObject ny = skapa(body(namn, namn, "STRUKTURINSATS", "arbetsformedlingen", "2020-01-01", "2020-12-31"));
        Api.Reply stangd = Api.post("/api/insatser/" + ny.getJsonNumber("id") + "/avslut", token(KANSLI),
                "{\"version\": " + ny.getJsonNumber("version") + "}");
        assertThat(stangd.status()).as(stangd.body()).isEqualTo(200);
        assertThat(stangd.object().getString("status")).isEqualTo("AVSLUTAD");
        assertThat(stangd.object().getString("slut")).isEqualTo("2020-12-31");
    }

    @Test
    void everyValidationAnswersWithItsCodeAndWritesNothing() {
        String namn = unik("Ogiltig");
        String giltig = body(namn, namn, "INDIVIDINSATS", "forsakringskassan", "2031-01-01", "2031-12-31");
        int fore = antal();
        assertRefused(giltig.replace("\"slut\": \"2031-12-31\"", "\"slut\": \"2030-12-31\""), 400, "INS-007", "slut");
        assertRefused(giltig.replace("Fler deltagare närmar sig arbete.", " "), 400, "INS-009", "mal[0].beskrivning");
        assertRefused(giltig.replace("\"start\": \"2031-01-01\"", "\"start\": \"1999-12-31\""), 400, "INS-008", "start");
        assertRefused(giltig.replace("\"slut\": \"2031-12-31\"", "\"slut\": \"2101-01-01\""), 400, "INS-008", "slut");
        assertRefused(giltig.replace("\"namn\": \"" + namn + "\"", "\"namn\": \"\""), 400, "INS-006", "namn");
        assertRefused(giltig.replace("\"namn\": \"" + namn + "\"", "\"namn\": \"" + "x".repeat(301) + "\""), 400, "INS-017", "namn");
        // Håbo kommun is a partner of the demo förbund, not of this one
        assertRefused(giltig.replace("\"agare\": \"forsakringskassan\"", "\"agare\": \"habo\""), 409, "INS-011", "agare");
        assertRefused(giltig.replace("[\"arbetsformedlingen\"]", "[\"tierp\"]"), 409, "INS-011", "samverkansparter[0]");
        // several rules at once: every field in one answer
        Api.Reply flera = Api.post("/api/insatser", token(KANSLI), giltig.replace("\"slut\": \"2031-12-31\"", "\"slut\": \"2030-12-31\"")
                .replace("Fler deltagare närmar sig arbete.", "").replace("\"kortnamn\": \"" + namn + "\"", "\"kortnamn\": \"\""));
        assertThat(flera.status()).isEqualTo(400);
        assertThat(flera.object().getString("code")).isEqualTo("INS-010");
        assertThat(fields(flera)).containsExactlyInAnyOrder("kortnamn", "slut", "mal[0].beskrivning");
        // a body that cannot be decoded: the platform's 400, every field
        Api.Reply fel = Api.post("/api/insatser", token(KANSLI), giltig.replace("\"INDIVIDINSATS\"", "\"OKAND\"")
                .replace("\"2031-01-01\"", "\"igår\""));
        assertThat(fel.status()).isEqualTo(400);
        assertThat(fields(fel)).contains("typ", "start");
        assertThat(antal()).isEqualTo(fore);
    }

    @Test
    void onlyTheOfficeOfItsOwnForbundKeepsTheRegister() {
        String namn = unik("Behörighet");
        String giltig = body(namn, namn, "INDIVIDINSATS", "forsakringskassan", "2031-01-01", "2031-12-31");
        JsonObject ny = skapa(giltig);
        String sokvag = "/api/insatser/" + ny.getJsonNumber("id");
        String andra = giltig.replaceFirst("\\{", "{\"version\": " + ny.getJsonNumber("version") + ",");
        String forlang = "{\"version\": " + ny.getJsonNumber("version") + ", \"slut\": \"2032-12-31\", \"beslutsdatum\": \"2031-06-01\"}";
        // the other förbund's office: the insats does not exist for it
        for (Api.Reply r : List.of(Api.put(sokvag, token("kansli"), andra), Api.post(sokvag + "/forlangningar", token("kansli"), forlang),
                Api.post(sokvag + "/avslut", token("kansli"), "{\"version\": 1}"))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.object().getString("code")).isEqualTo("INS-001");
        }
        // roles that read the register but do not keep it
        for (String user : List.of("forbundschef", "styrelse", "habo.rapportor", "systemadmin", "habo.admin")) {
            assertThat(Api.post("/api/insatser", token(user), giltig).status()).as(user).isEqualTo(403);
            assertThat(Api.put(sokvag, token(user), andra).status()).as(user).isEqualTo(403);
        }
        assertThat(Api.post("/api/insatser", null, giltig).status()).isEqualTo(401);
        Api.Reply oforandrad = Api.get(sokvag, token(KANSLI));
        assertThat(oforandrad.object().getJsonNumber("version")).isEqualTo(ny.getJsonNumber("version"));
        assertThat(oforandrad.object().getString("namn")).isEqualTo(namn);
    }

    private static void assertRefused(String body, int status, String code, String field) {
        Api.Reply r = Api.post("/api/insatser", token(KANSLI), body);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.object().getString("code")).as(r.body()).isEqualTo(code);
        assertThat(fields(r)).as(r.body()).contains(field);
    }

    private static List<String> fields(Api.Reply r) {
        JsonArray f = r.object().getJsonArray("fields");
        return f == null ? List.of() : f.getValuesAs(JsonObject.class).stream().map(o -> o.getString("field")).toList();
    }

    private static int antal() {
        return ((JsonArray) Api.get("/api/insatser", token(KANSLI)).json()).size();
    }

    private static Optional<JsonObject> tabell1Rad(String halvar, long id) {
        Api.Reply r = Api.get("/api/pm/" + halvar + "/insatser", token(KANSLI));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.object().getJsonArray("grupper").getValuesAs(JsonObject.class).stream()
                .flatMap(g -> g.getJsonArray("rader").getValuesAs(JsonObject.class).stream())
                .filter(rad -> rad.getJsonNumber("insatsId").longValue() == id).findFirst();
    }

    private static Optional<JsonObject> rad(List<JsonObject> rader, String falt, String efter) {
        return rader.stream().filter(r -> r.getString("falt").equals(falt) && !r.isNull("efter") && r.getString("efter").equals(efter))
                .findFirst();
    }
}
