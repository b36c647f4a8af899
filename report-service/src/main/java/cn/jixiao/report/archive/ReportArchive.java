package cn.jixiao.report.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.report.ReportEvents;
import cn.jixiao.contracts.report.ReportRendered;
import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * The report of one evaluation round with its render jobs and stored versions. Jobs, versions and the
 * {@code ReportRendered} event live in this one document, so finishing a job, adding its version and announcing
 * it is a single write: there is never a version nobody was told about, nor a job done without its version.
 *
 * @param id        the report's id, {@link #idOf}: one report per project and evaluation round
 * @param jobs      every render requested, newest last
 * @param versions  every version stored, in number order
 */
@Document(ReportArchive.COLLECTION)
@CompoundIndex(name = "district_street_project", def = "{'districtId': 1, 'tenantId': 1, 'projectId': 1}")
public record ReportArchive(
        @Id String id,
        String projectId,
        String districtId,
        String tenantId,
        String projectCode,
        int year,
        int round,
        @Indexed String pendingJob,
        List<RenderJob> jobs,
        List<ReportVersion> versions,
        @Version Long version,
        @JsonIgnore List<PendingEvent> outbox) implements HasOutbox, TenantDocuments.OfAStreet {

    public static final String COLLECTION = "report_archives";

    /**
     * How many finished jobs (done or failed) a report keeps in its list. The versions keep what a done job
     * produced, so an older finished job is only history; without a bound one document would grow with every
     * request ever made until it hits MongoDB's 16 MB limit.
     */
    static final int FINISHED_JOBS_KEPT = 20;

    public ReportArchive {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        versions = versions == null ? List.of() : List.copyOf(versions);
        outbox = HasOutbox.kept(outbox);
    }

    /** A new, empty archive for an evaluation round's report. */
    static ReportArchive open(String projectId, String districtId, String tenantId, String projectCode, int year,
                              int round) {
        return new ReportArchive(idOf(projectId, round), projectId, districtId, tenantId, projectCode, year, round,
                null, List.of(), List.of(), null, List.of());
    }

    /** The report of a round exists before evaluation-service has scored it, so it is keyed by project and round. */
    static String idOf(String projectId, int round) {
        return projectId + "-" + round;
    }

    Optional<RenderJob> job(String jobId) {
        return jobs.stream().filter(job -> job.id().equals(jobId)).findFirst();
    }

    Optional<ReportVersion> versionNumbered(int number) {
        return versions.stream().filter(stored -> stored.number() == number).findFirst();
    }

    int nextVersionNumber() {
        return versions.size() + 1;
    }

    /**
     * The archive with a job added to the queue; {@code pendingJob} lets the worker find it by an index. Only the
     * newest {@link #FINISHED_JOBS_KEPT} finished jobs stay in the list; queued and running ones always stay.
     */
    ReportArchive enqueue(RenderJob job) {
        List<RenderJob> all = new ArrayList<>(jobs);
        all.add(job);
        List<RenderJob> kept = withoutOldFinishedJobs(all);
        return new ReportArchive(id, projectId, districtId, tenantId, projectCode, year, round, nextPending(kept),
                kept, versions, version, outbox);
    }

    /** The jobs queued or running, i.e. still waiting for the worker. */
    long unfinishedJobs() {
        return jobs.stream().filter(ReportArchive::unfinished).count();
    }

    /** The job the worker takes next from this report, if any. */
    Optional<RenderJob> nextJob() {
        return pendingJob == null ? Optional.empty() : job(pendingJob);
    }

    ReportArchive replace(RenderJob changed) {
        List<RenderJob> all = jobs.stream().map(job -> job.id().equals(changed.id()) ? changed : job).toList();
        return new ReportArchive(id, projectId, districtId, tenantId, projectCode, year, round, nextPending(all),
                all, versions, version, outbox);
    }

    /** The job done, its version stored and {@code ReportRendered} waiting in the outbox: one write. */
    ReportArchive completed(RenderJob job, ReportVersion stored, Instant at) {
        List<ReportVersion> allVersions = new ArrayList<>(versions);
        allVersions.add(stored);
        List<RenderJob> all = jobs.stream()
                .map(each -> each.id().equals(job.id()) ? each.done(stored.number(), at) : each)
                .toList();
        ReportRendered rendered = new ReportRendered(id, stored.number(), projectId, districtId, tenantId,
                stored.evaluationId(), round,
                stored.evaluationRevision(), stored.templateId(), stored.templateVersion(), stored.finalReport(),
                stored.files().stream()
                        .map(file -> new ReportRendered.RenderedFile(file.format(), file.fileId(), file.sha256(), file.size()))
                        .toList());
        PendingEvent announced = PendingEvent.of(Topics.REPORT_EVENTS, projectId,
                EventEnvelope.of(ReportEvents.REPORT_RENDERED, tenantId, at, rendered));
        return new ReportArchive(id, projectId, districtId, tenantId, projectCode, year, round, nextPending(all),
                all, allVersions, version, HasOutbox.plus(outbox, announced));
    }

    private static String nextPending(List<RenderJob> jobs) {
        return jobs.stream()
                .filter(ReportArchive::unfinished)
                .map(RenderJob::id)
                .findFirst()
                .orElse(null);
    }

    private static boolean unfinished(RenderJob job) {
        return job.status() == JobStatus.QUEUED || job.status() == JobStatus.RUNNING;
    }

    private static List<RenderJob> withoutOldFinishedJobs(List<RenderJob> jobs) {
        long finished = jobs.stream().filter(job -> !unfinished(job)).count();
        long toDrop = Math.max(0, finished - FINISHED_JOBS_KEPT);
        List<RenderJob> kept = new ArrayList<>(jobs.size());
        for (RenderJob job : jobs) {
            // oldest first in the list: the first finished ones found are the ones to drop
            if (toDrop > 0 && !unfinished(job)) {
                toDrop--;
            } else {
                kept.add(job);
            }
        }
        return kept;
    }
}
