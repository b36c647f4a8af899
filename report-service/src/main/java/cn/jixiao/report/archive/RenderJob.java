package cn.jixiao.report.archive;

import java.time.Instant;
import java.util.List;

/**
 * One asynchronous render of a report: requested, picked up by the {@link RenderWorker}, then done (with the
 * version it stored) or failed (with the reason).
 *
 * @param formats              the formats to render, e.g. PDF and DOCX
 * @param finalReport          a final report of a finalized evaluation, rather than a draft
 * @param minEvaluationRevision the evaluation snapshot it must reflect at least: a render requested by an
 *                             evaluation event waits until the read model has caught up with that event
 * @param versionNumber        the stored version, once done
 * @param reason               why it failed, in Chinese and English
 */
public record RenderJob(String id, List<String> formats, boolean finalReport, long minEvaluationRevision,
                        JobStatus status, String requestedBy, Instant requestedAt, Instant startedAt,
                        Instant finishedAt, Integer versionNumber, String reason) {

    public RenderJob {
        formats = List.copyOf(formats);
    }

    static RenderJob queued(String id, List<String> formats, boolean finalReport, long minEvaluationRevision,
                            String requestedBy, Instant at) {
        return new RenderJob(id, formats, finalReport, minEvaluationRevision, JobStatus.QUEUED, requestedBy, at,
                null, null, null, null);
    }

    RenderJob running(Instant at) {
        return new RenderJob(id, formats, finalReport, minEvaluationRevision, JobStatus.RUNNING, requestedBy,
                requestedAt, at, null, null, null);
    }

    RenderJob requeued() {
        return new RenderJob(id, formats, finalReport, minEvaluationRevision, JobStatus.QUEUED, requestedBy,
                requestedAt, null, null, null, null);
    }

    RenderJob done(int version, Instant at) {
        return new RenderJob(id, formats, finalReport, minEvaluationRevision, JobStatus.DONE, requestedBy,
                requestedAt, startedAt, at, version, null);
    }

    RenderJob failed(String why, Instant at) {
        return new RenderJob(id, formats, finalReport, minEvaluationRevision, JobStatus.FAILED, requestedBy,
                requestedAt, startedAt, at, null, why);
    }
}
