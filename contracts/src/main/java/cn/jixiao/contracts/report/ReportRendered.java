package cn.jixiao.contracts.report;

import java.util.List;

/**
 * A self-evaluation report was rendered and stored as a new version.
 *
 * @param reportId           the report of the evaluation round, stable across its versions
 * @param versionNumber      1, 2, …; a stored version never changes
 * @param evaluationId       the evaluation it reflects
 * @param evaluationRound    that evaluation's round
 * @param evaluationRevision the evaluation snapshot's revision it was rendered from
 * @param templateId         the evaluation template whose sections it follows
 * @param templateVersion    that template's version
 * @param finalReport        {@code true} for the report of a finalized evaluation, {@code false} for a draft
 * @param files              the stored files, one per format
 */
public record ReportRendered(
        String reportId,
        int versionNumber,
        String projectId,
        String districtId,
        String streetId,
        String evaluationId,
        int evaluationRound,
        long evaluationRevision,
        String templateId,
        int templateVersion,
        boolean finalReport,
        List<RenderedFile> files) {

    public ReportRendered {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /**
     * @param format   {@code DOCX}, {@code PDF}, {@code HTML} or {@code XLSX}
     * @param fileId   the stored file's id, for downloading through report-service
     * @param sha256   the content hash, hex
     * @param size     bytes
     */
    public record RenderedFile(String format, String fileId, String sha256, long size) {
    }
}
