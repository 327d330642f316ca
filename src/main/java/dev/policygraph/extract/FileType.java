package dev.policygraph.extract;

/** The file types the extractor reads, as detected from the content. */
public enum FileType {
    TEXT("text/plain"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("application/msword"),
    /**
     * A Kingsoft WPS Writer file (.wps) in the Word 97-2003 binary format, as WPS Office writes it; read like .doc.
     * (The older WPS 2000 format and Microsoft Works files, which share the extension, are refused as unknown.)
     */
    WPS("application/wps-office.wps"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    XLS("application/vnd.ms-excel"),
    HTML("text/html");

    private final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The IANA media type of the content. */
    public String mediaType() {
        return mediaType;
    }
}
