package se.finsam.uppfoljning.budget.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a rekvisition may carry, told from the bytes themselves (never from the name or
 * the content type the sender claims): a PDF starts with {@code %PDF-}; an XLSX is a ZIP archive
 * holding {@code [Content_Types].xml} and {@code xl/workbook.xml}.
 */
public enum Bilagetyp {
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;

    Bilagetyp(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name ending is the type's name in lower case after a dot ({@code .pdf}), so it is derived, not kept twice. */
    public String extension() {
        return "." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Bilagetyp> sniff(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, ZIP_MAGIC) && isWorkbook(bytes)) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean isWorkbook(byte[] bytes) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
                names.add(e.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
