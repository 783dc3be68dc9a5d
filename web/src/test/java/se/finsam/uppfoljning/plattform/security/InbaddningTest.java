package se.finsam.uppfoljning.plattform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InbaddningTest {

    @Test
    void onlyFragmentsMayBeFramedAndOnlyByConfiguredOrigins() {
        String origins = "https://intranat.habo.se, https://insidan.regionuppsala.se:8443";
        assertThat(Inbaddning.frameAncestors("/fragment/rapporter-att-lamna.xhtml", origins))
                .isEqualTo("frame-ancestors 'self' https://intranat.habo.se https://insidan.regionuppsala.se:8443");
        assertThat(Inbaddning.frameAncestors("/kvartalsrapport.xhtml", origins)).isEqualTo("frame-ancestors 'none'");
        assertThat(Inbaddning.frameAncestors("/api/insatser", origins)).isEqualTo("frame-ancestors 'none'");
    }

    @Test
    void aLayoutPreviewIsFramedByTheApplicationOnly() {
        String origins = "https://intranat.habo.se";
        assertThat(Inbaddning.frameAncestors("/layoutfil", origins)).isEqualTo("frame-ancestors 'self'");
        assertThat(Inbaddning.frameAncestors("/api/layouter/pm-tabell-5/versioner/2/forhandsgranskning", origins))
                .isEqualTo("frame-ancestors 'none'");
    }

    @Test
    void withNothingConfiguredOnlyTheApplicationItselfFramesAFragment() {
        assertThat(Inbaddning.frameAncestors("/fragment/rapporter-att-lamna.xhtml", "")).isEqualTo("frame-ancestors 'self'");
    }

    @Test
    void malformedOriginsCannotInjectIntoTheHeader() {
        assertThat(Inbaddning.origins("https://ok.se; script-src *, javascript:alert(1), *, https://ok.se"))
                .containsExactly("https://ok.se");
    }
}
