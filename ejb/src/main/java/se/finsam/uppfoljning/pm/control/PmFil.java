package se.finsam.uppfoljning.pm.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rendered PM file. {@code filnamn} is ASCII (every browser and mail client keeps it);
 * {@code visningsnamn} is the document's title, for {@code filename*} where UTF-8 is understood;
 * {@code layoutversioner} which version of each layout rendered it.
 */
public record PmFil(String filnamn, String visningsnamn, PmFormat format, byte[] innehall,
                    Map<String, Integer> layoutversioner) {

    /** The layout versions as one header value: {@code pm=1, pm-tabell-5=2}. */
    public String layoutversionerText() {
        return layoutversioner.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The Content-Disposition value: download, with both names. */
    public String contentDisposition() {
        return "attachment; filename=\"" + filnamn + "\"; filename*=UTF-8''"
                + URLEncoder.encode(visningsnamn, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
