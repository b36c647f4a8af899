package cn.jixiao.report.document;

/** A file format the district summary is rendered to (XLSX, PDF). */
public interface SummaryFormat extends DocumentFormat<DistrictSummary> {
}
