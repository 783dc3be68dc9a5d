package se.finsam.uppfoljning.budget.entity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class BilagetypTest {

    @Test
    void aPdfIsToldByItsFirstBytes() {
        assertThat(Bilagetyp.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(Bilagetyp.PDF);
        assertThat(Bilagetyp.sniff("hello %PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(Bilagetyp.sniff(new byte[0])).isEmpty();
    }

    @Test
    void anXlsxIsAZipWithAWorkbookAnyOtherZipIsNot() throws IOException {
        assertThat(Bilagetyp.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(Bilagetyp.XLSX);
        assertThat(Bilagetyp.sniff(zip("[Content_Types].xml", "word/document.xml"))).as("a DOCX").isEmpty();
        assertThat(Bilagetyp.sniff(zip("virus.exe"))).isEmpty();
        assertThat(Bilagetyp.sniff(new byte[]{'P', 'K', 3, 4, 0, 0})).as("a broken ZIP").isEmpty();
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String n : names) {
                zip.putNextEntry(new ZipEntry(n));
                zip.write(1);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
