package se.finsam.uppfoljning.plattform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InbaddningTest {

    @Test
    void noPageMayBeFramed() {
        assertThat(Inbaddning.frameAncestors("/index.xhtml")).isEqualTo("frame-ancestors 'none'");
        assertThat(Inbaddning.frameAncestors("/kvartalsrapport.xhtml")).isEqualTo("frame-ancestors 'none'");
        assertThat(Inbaddning.frameAncestors("/api/insatser")).isEqualTo("frame-ancestors 'none'");
        assertThat(Inbaddning.frameAncestors(null)).isEqualTo("frame-ancestors 'none'");
    }

    @Test
    void aLayoutPreviewIsFramedByTheApplicationOnly() {
        assertThat(Inbaddning.frameAncestors("/layoutfil")).isEqualTo("frame-ancestors 'self'");
        assertThat(Inbaddning.frameAncestors("/api/layouter/pm-tabell-5/versioner/2/forhandsgranskning"))
                .isEqualTo("frame-ancestors 'none'");
    }
}
