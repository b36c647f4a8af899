package cn.jixiao.project.evidence;

import cn.jixiao.problems.Bilingual;

/** The bytes of an upload are not one of the accepted formats; {@link #reason()} says what they are instead. */
public class UnsupportedContent extends RuntimeException {

    /** Why a file was refused, in words the uploader can act on. */
    public enum Reason {
        EMPTY("empty", Bilingual.of("文件为空", "The file is empty")),
        LEGACY_OFFICE("legacy-office", Bilingual.of(
                "这是旧版 Word/Excel 文件（.doc/.xls），请在 Office 或 WPS 中另存为 DOCX/XLSX 后再上传",
                "This is a legacy Word/Excel file (.doc/.xls); save it as DOCX/XLSX in Office or WPS and upload it again")),
        MACRO_ENABLED("macro-enabled", Bilingual.of(
                "含宏的 Word/Excel 文件不予接收，请另存为不含宏的 DOCX/XLSX 后再上传",
                "Word/Excel files with macros are not accepted; save as DOCX/XLSX without macros and upload again")),
        OTHER_ARCHIVE("other-archive", Bilingual.of(
                "该文件是压缩包，但不是 Word（DOCX）或 Excel（XLSX）文档",
                "The file is a ZIP archive but not a Word (DOCX) or Excel (XLSX) document")),
        UNRECOGNISED("unrecognised", Bilingual.of(
                "文件内容不是 PDF、DOCX、XLSX、JPG 或 PNG（按文件内容判断，与文件扩展名无关）",
                "The content is not PDF, DOCX, XLSX, JPEG or PNG (judged by the bytes, whatever the file name says)"));

        private final String code;
        private final Bilingual message;

        Reason(String code, Bilingual message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public Bilingual message() {
            return message;
        }
    }

    private final Reason reason;

    public UnsupportedContent(Reason reason) {
        super(reason.message().en());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
