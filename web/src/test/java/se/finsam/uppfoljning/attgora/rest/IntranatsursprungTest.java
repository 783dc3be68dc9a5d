package se.finsam.uppfoljning.attgora.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntranatsursprungTest {

    @Test
    void theConfiguredOriginsCommaOrSpaceSeparated() {
        assertThat(Intranatsursprung.tillatna("https://intranat.habo.se, https://insidan.regionuppsala.se:8443 http://127.0.0.1:18580"))
                .containsExactly("https://intranat.habo.se", "https://insidan.regionuppsala.se:8443", "http://127.0.0.1:18580");
        assertThat(Intranatsursprung.tillatna("")).isEmpty();
        assertThat(Intranatsursprung.tillatna(null)).isEmpty();
    }

    @Test
    void onlyOriginsCountSoNothingCanBeInjectedIntoTheHeader() {
        assertThat(Intranatsursprung.tillatna("https://ok.se; script-src *, javascript:alert(1), *, null, https://ok.se/sida, https://ok.se"))
                .containsExactly("https://ok.se");
    }
}
