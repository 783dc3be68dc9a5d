package se.finsam.uppfoljning.pm.control;

import java.util.Locale;

/** The file formats a PM is downloaded in, with their media types and file name endings. */
public enum PmFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    PmFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The file name ending is the format's name in lower case ({@code pdf}), so it is derived, not kept twice. */
    public String andelse() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }
}
