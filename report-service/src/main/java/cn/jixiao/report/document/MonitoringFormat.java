package cn.jixiao.report.document;

/** A file format the 绩效监控表 is rendered to: DOCX for the printed form, XLSX for the finance officer's sheet. */
public interface MonitoringFormat extends DocumentFormat<MonitoringForm> {
}
