package se.finsam.uppfoljning.reports;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The allow-list is real: a layout whose expression reaches for a class outside it does not fill,
 * while the same layout with an allowed expression does.
 */
class ExpressionClassFilterTest {

    private static final PmRenderer RENDERER = new PmRenderer();

    @Test
    void aLayoutUsingAClassOffTheAllowListDoesNotFill() throws Exception {
        JasperReport report = compile("new java.io.File(\"/etc/passwd\").getName()");
        assertThatThrownBy(() -> RENDERER.fillReport(report, new HashMap<>(), new JREmptyDataSource(1)))
                .hasStackTraceContaining("java.io.File")
                .hasStackTraceContaining("not visible");
    }

    @Test
    void theSameLayoutWithAnAllowedExpressionFills() throws Exception {
        JasperReport report = compile("\"Tabell \" + String.valueOf(Integer.valueOf(3))");
        assertThat(RENDERER.fillReport(report, new HashMap<>(), new JREmptyDataSource(1)).getPages()).hasSize(1);
    }

    private static JasperReport compile(String expression) throws Exception {
        String jrxml = """
                <jasperReport name="filterprov" language="java" pageWidth="200" pageHeight="100" columnWidth="200"
                              leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
                	<title height="20">
                		<element kind="textField" x="0" y="0" width="200" height="20" fontName="DejaVu Sans">
                			<expression><![CDATA[%s]]></expression>
                		</element>
                	</title>
                </jasperReport>
                """.formatted(expression);
        return JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8)));
    }
}
