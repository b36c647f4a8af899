package cn.jixiao.report.document;

/** The file types the service renders its documents to, each with its media type and file extension. */
public enum FileType {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf"),
    HTML("text/html;charset=UTF-8", "html"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Without the dot, e.g. {@code docx}. */
    public String extension() {
        return extension;
    }
}
