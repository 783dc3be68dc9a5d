package se.finsam.uppfoljning.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Layout sources for the layout check's tests: the build's own, and a small table layout around one expression. */
final class Layouter {

    private Layouter() {
    }

    static String standard(String namn) {
        try {
            return Files.readString(Path.of("src/main/jasperreports", namn + ".jrxml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table layout for pm-tabell-5 whose one text field prints {@code uttryck}; {@code extra} goes in the title band. */
    static String tabell(String uttryck, String extra) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <jasperReport name="pm-tabell-5" language="java" pageWidth="495" pageHeight="842" columnWidth="495"
                              leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0" whenNoDataType="NoPages">
                	<field name="namn" class="java.lang.String"/>
                	<title height="400">
                		<element kind="textField" x="0" y="0" width="495" height="20" fontName="DejaVu Sans">
                			<expression><![CDATA[%s]]></expression>
                		</element>
                %s
                	</title>
                	<detail>
                		<band height="16">
                			<element kind="textField" x="0" y="0" width="495" height="16" fontName="DejaVu Sans">
                				<expression><![CDATA[$F{namn}]]></expression>
                			</element>
                		</band>
                	</detail>
                </jasperReport>
                """.formatted(uttryck, extra);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
