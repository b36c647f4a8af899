package cn.jixiao.report.document;

/** A file format the district summary is rendered to (XLSX, PDF). */
public interface SummaryFormat {

    /** {@code XLSX} or {@code PDF}. */
    String name();

    String contentType();

    /** Without the dot, e.g. {@code xlsx}. */
    String fileExtension();

    byte[] render(DistrictSummary summary);
}
