package se.finsam.uppfoljning.reports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTest {

    private static final String TEXT = """
            ## Rubrik & mer
            Första raden
            fortsätter här med **fet** och *kursiv* text.

            - en punkt
            * en till

            <script>alert(1)</script> 3 * 4 = 12""";

    @Test
    void blocks() {
        assertThat(Markup.parse(TEXT)).containsExactly(
                new Markup.Rubrik("Rubrik & mer"),
                new Markup.Stycke("Första raden fortsätter här med **fet** och *kursiv* text."),
                new Markup.Punkt("en punkt"), new Markup.Punkt("en till"),
                new Markup.Stycke("<script>alert(1)</script> 3 * 4 = 12"));
        assertThat(Markup.parse(null)).isEmpty();
        assertThat(Markup.parse("\n\n  \n")).isEmpty();
    }

    @Test
    void htmlEscapesEverythingTheUserWrote() {
        assertThat(Markup.html(TEXT)).isEqualTo("<h4>Rubrik &amp; mer</h4>"
                + "<p>Första raden fortsätter här med <strong>fet</strong> och <em>kursiv</em> text.</p>"
                + "<ul><li>en punkt</li><li>en till</li></ul>"
                + "<p>&lt;script&gt;alert(1)&lt;/script&gt; 3 * 4 = 12</p>");
    }

    @Test
    void styledTextForTheLayouts() {
        assertThat(Markup.styled(TEXT).split("\n")).containsExactly(
                "<style isBold=\"true\" size=\"11\">Rubrik &amp; mer</style>",
                "Första raden fortsätter här med <style isBold=\"true\">fet</style> och <style isItalic=\"true\">kursiv</style> text.",
                "\u2022\u00A0en punkt", "\u2022\u00A0en till",
                "&lt;script&gt;alert(1)&lt;/script&gt; 3 * 4 = 12");
    }

    @Test
    void plainText() {
        assertThat(Markup.plain("**Fet** rad\n- punkt")).isEqualTo("Fet rad\n\u2022 punkt");
        assertThat(List.of(Markup.plain("Ingen markup alls."))).containsExactly("Ingen markup alls.");
    }
}
