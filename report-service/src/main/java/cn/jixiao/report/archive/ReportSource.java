package cn.jixiao.report.archive;

import cn.jixiao.report.document.ReportDocument;

/**
 * What a render needs of a project's current evaluation round, taken from report-service's own read model: the
 * assembled document and what it reflects, so a stored version can say which evaluation and template it shows.
 *
 * @param evaluationRevision the revision of the evaluation snapshot the document was assembled from
 * @param finalized          the evaluation is FINALIZED: only then may a final report be rendered
 */
public record ReportSource(String projectId, String districtId, String tenantId, String projectCode, int year,
                           String evaluationId, int round, long evaluationRevision, boolean finalized,
                           String templateId, int templateVersion, ReportDocument document) {
}
