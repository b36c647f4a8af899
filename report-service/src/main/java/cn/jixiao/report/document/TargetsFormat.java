package cn.jixiao.report.document;

/**
 * A file format the 绩效目标表 is rendered to (DOCX, PDF, HTML), with the report's own layout and font: the same
 * renderers' parts as the self-evaluation report, another document.
 */
public interface TargetsFormat {

    /** {@code DOCX}, {@code PDF} or {@code HTML}. */
    String name();

    String contentType();

    /** Without the dot, e.g. {@code docx}. */
    String fileExtension();

    byte[] render(TargetsForm form);
}
