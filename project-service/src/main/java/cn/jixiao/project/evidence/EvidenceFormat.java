package cn.jixiao.project.evidence;

/** The file formats accepted as 佐证材料, each with the media type it is stored and served as. */
public enum EvidenceFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JPEG("image/jpeg"),
    PNG("image/png");

    private final String mediaType;

    EvidenceFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
