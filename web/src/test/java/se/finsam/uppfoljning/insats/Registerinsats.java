package se.finsam.uppfoljning.insats;

import jakarta.json.JsonObject;
import se.finsam.uppfoljning.it.Api;
import se.finsam.uppfoljning.it.KeycloakTokens;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Insatser the register tests create through {@code POST /api/insatser} as the office of the second
 * förbund (demo-annat: partners Arbetsförmedlingen, Försäkringskassan and its office), with names of
 * their own, so that nothing the other tests read in the demo förbund changes.
 */
final class Registerinsats {

    static final String KANSLI = "annat.kansli";

    private Registerinsats() {
    }

    static String unik(String namn) {
        return namn + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The body of an insats owned by {@code agare}, running {@code start}–{@code slut}. */
    static String body(String namn, String kortnamn, String typ, String agare, String start, String slut) {
        return """
                {"namn": "%s", "kortnamn": "%s", "typ": "%s", "agare": "%s", "samverkansparter": ["arbetsformedlingen"],
                 "start": "%s", "slut": "%s", "malgrupp": "Unga vuxna med aktivitetsersättning.",
                 "mal": [{"beskrivning": "Fler deltagare närmar sig arbete.", "malvarde": "40 deltagare"}],
                 "styrgrupp": [{"namn": "Eva Ek", "organisation": "forsakringskassan"}],
                 "rapportorer": ["annat.rapportor"]}
                """.formatted(namn, kortnamn, typ, agare, start, slut);
    }

    static JsonObject skapa(String body) {
        Api.Reply r = Api.post("/api/insatser", KeycloakTokens.accessToken(KANSLI), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.object();
    }
}
