package cn.jixiao.report.document;

/**
 * A file format a self-evaluation report is rendered to (DOCX, PDF, HTML). Each renders the same
 * {@link ReportDocument}, so the formats never disagree; render jobs and downloads pick one by {@link #name()}.
 */
public interface ReportFormat {

    /** {@code DOCX}, {@code PDF} or {@code HTML}, as {@code ReportRendered} names it. */
    String name();

    String contentType();

    /** Without the dot, e.g. {@code docx}. */
    String fileExtension();

    byte[] render(ReportDocument document);
}
