package cn.jixiao.report.document;

/**
 * A file type one kind of document is rendered to: every format of a kind renders the same format-free record, so
 * the files never disagree, and downloads and render jobs pick one by {@link #name()}.
 *
 * @param <D> the document: {@link ReportDocument}, {@link TargetsForm}, {@link MonitoringForm}, {@link DistrictSummary}
 */
public interface DocumentFormat<D> {

    FileType type();

    /** {@code DOCX}, {@code PDF}, {@code HTML} or {@code XLSX}, as {@code ReportRendered} and the routes name it. */
    default String name() {
        return type().name();
    }

    default String contentType() {
        return type().contentType();
    }

    /** Without the dot, e.g. {@code docx}. */
    default String fileExtension() {
        return type().extension();
    }

    byte[] render(D document);
}
