package cn.jixiao.report.document;

/** A file format a self-evaluation report is rendered to (DOCX, PDF, HTML). */
public interface ReportFormat extends DocumentFormat<ReportDocument> {
}
