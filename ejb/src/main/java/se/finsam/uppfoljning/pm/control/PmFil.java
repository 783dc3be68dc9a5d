package se.finsam.uppfoljning.pm.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A rendered PM file. {@code filnamn} is ASCII (every browser and mail client keeps it);
 * {@code visningsnamn} is the document's title, for {@code filename*} where UTF-8 is understood.
 */
public record PmFil(String filnamn, String visningsnamn, PmFormat format, byte[] innehall) {

    /** The Content-Disposition value: download, with both names. */
    public String contentDisposition() {
        return "attachment; filename=\"" + filnamn + "\"; filename*=UTF-8''"
                + URLEncoder.encode(visningsnamn, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
