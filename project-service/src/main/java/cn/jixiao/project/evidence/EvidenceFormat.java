package cn.jixiao.project.evidence;

/** The file formats accepted as 佐证材料, each with the media type it is stored and served as. */
public enum EvidenceFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    EvidenceFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The usual file name extension, for an upload that came without a name. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
