package se.finsam.uppfoljning.pm.control;

/** The file formats a PM is downloaded in, with their media types and file name endings. */
public enum PmFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String andelse;
    private final String mediaType;

    PmFormat(String andelse, String mediaType) {
        this.andelse = andelse;
        this.mediaType = mediaType;
    }

    public String andelse() {
        return andelse;
    }

    public String mediaType() {
        return mediaType;
    }
}
