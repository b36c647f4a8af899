package cn.jixiao.report.document;

/**
 * A file format the 绩效目标表 is rendered to (DOCX, PDF, HTML), with the report's own layout and font: the same
 * renderers' parts as the self-evaluation report, another document.
 */
public interface TargetsFormat extends DocumentFormat<TargetsForm> {
}
