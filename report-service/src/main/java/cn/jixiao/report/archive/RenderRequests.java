package cn.jixiao.report.archive;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.assembly.FinalRenderCheck;
import cn.jixiao.report.readmodel.Evaluation;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/** Queues render jobs: on a user's request, and on its own when an evaluation is finalized. */
@Service
class RenderRequests {

    /** What a finalized evaluation's report is stored as without anyone asking. */
    static final List<String> FINAL_FORMATS = List.of("DOCX", "PDF", "HTML");

    /** Unknown formats named back in a refusal, so a request with thousands of them gets a short answer. */
    private static final int UNKNOWN_FORMATS_NAMED = 10;

    private final ReportArchives archives;
    private final ReportSources sources;
    private final RenderWorker worker;
    private final ReportFormats formats;
    private final Clock clock;
    private final int queuedJobsPerStreet;

    RenderRequests(ReportArchives archives, ReportSources sources, RenderWorker worker,
                   ReportFormats formats, Clock clock,
                   @Value("${jixiao.reports.queued-jobs-per-street:5}") int queuedJobsPerStreet) {
        this.archives = archives;
        this.sources = sources;
        this.worker = worker;
        this.formats = formats;
        this.clock = clock;
        this.queuedJobsPerStreet = queuedJobsPerStreet;
    }

    /**
     * A user's request, for the project's latest evaluation round. The street's editors and approvers and the
     * district's overseers may render; auditors only read. A final report that could not be rendered is refused
     * here, at once, with every reason, rather than queued to fail.
     */
    Mono<RenderJob> request(TenantAccess access, String projectId, RenderRequest request) {
        List<String> unknown = request.formats().stream().filter(format -> formats.named(format).isEmpty())
                .distinct().limit(UNKNOWN_FORMATS_NAMED).toList();
        if (!unknown.isEmpty()) {
            return Mono.error(new ProblemException(HttpStatus.BAD_REQUEST, "unknown-format",
                    Bilingual.of("格式无效", "Unknown format"),
                    Bilingual.of("不支持的格式：" + String.join("、", unknown) + "，可选 " + formats.names(),
                            "Unsupported format(s) " + unknown + "; choose from " + formats.names()))
                    .with("unknownFormats", unknown));
        }
        return sources.currentForReader(access, projectId)
                .flatMap(source -> {
                    if (!mayRender(access)) {
                        return Mono.error(ProblemException.forbidden(Bilingual.of(
                                "只有本街道的填报、审核人员或区级监管人员可以生成报告",
                                "Only the street's editors and approvers or the district's overseers render reports")));
                    }
                    RenderJob job = RenderJob.queued(UUID.randomUUID().toString(), distinct(request.formats()),
                            request.finalReport(), source.evaluationRevision(), access.username(), clock.instant());
                    List<Bilingual> refusal = RenderRules.refusal(job, source);
                    if (!refusal.isEmpty()) {
                        return Mono.error(FinalRenderCheck.refusal(refusal, source.document()));
                    }
                    return withinTheStreetsQueueLimit(source)
                            .then(enqueue(ReportArchive.open(source.projectId(), source.districtId(), source.tenantId(),
                                    source.projectCode(), source.year(), source.round()), job));
                });
    }

    /** Each format once, by its own name, in the order asked: ["pdf", "PDF", "DOCX"] renders PDF and DOCX once. */
    private List<String> distinct(List<String> requested) {
        return requested.stream().map(format -> formats.named(format).orElseThrow().name()).distinct().toList();
    }

    /**
     * Every tenant shares the one render worker, so a street may have only {@link #queuedJobsPerStreet} jobs
     * waiting. Two requests of the same street at the same instant may both pass the count; the limit bounds
     * the queue, it is not a lock. The final report of a finalized evaluation is queued regardless: nobody asked
     * for it, and refusing it would lose it.
     */
    private Mono<Void> withinTheStreetsQueueLimit(ReportSource source) {
        return archives.pendingOfStreet(source.districtId(), source.tenantId())
                .map(ReportArchive::unfinishedJobs)
                .reduce(0L, Long::sum)
                .flatMap(waiting -> waiting < queuedJobsPerStreet ? Mono.empty() : Mono.error(
                        new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "render-queue-full",
                                Bilingual.of("报告生成排队已满", "Render queue full"),
                                Bilingual.of("本街道已有 " + waiting + " 个报告生成任务在排队（上限 " + queuedJobsPerStreet
                                                + " 个），请待其完成后再提交",
                                        "The street already has " + waiting + " render jobs waiting (the limit is "
                                                + queuedJobsPerStreet + "); request again once they have finished"))
                                .with("limit", queuedJobsPerStreet)
                                .with("queued", waiting)));
    }

    /** The final report of a just-finalized evaluation, rendered once the read model has that snapshot. */
    Mono<RenderJob> finalized(Evaluation evaluation) {
        RenderJob job = RenderJob.queued(UUID.randomUUID().toString(), FINAL_FORMATS.stream()
                        .filter(format -> formats.named(format).isPresent()).toList(), true, evaluation.revision(), "system", clock.instant());
        return enqueue(ReportArchive.open(evaluation.projectId(), evaluation.districtId(), evaluation.streetId(),
                evaluation.projectCode(), evaluation.year(), evaluation.round()), job);
    }

    /** Adds the job to the round's archive, opening the archive with its first job. */
    private Mono<RenderJob> enqueue(ReportArchive fresh, RenderJob job) {
        return archives.byId(fresh.id())
                .defaultIfEmpty(fresh)
                .flatMap(archive -> archives.save(archive.enqueue(job)))
                .doOnSuccess(saved -> worker.nudge())
                .thenReturn(job);
    }

    /** writesAs, not has: an account that also holds the auditor role renders nothing. */
    private static boolean mayRender(TenantAccess access) {
        return access.writesAs(Role.STREET_EDITOR) || access.writesAs(Role.STREET_APPROVER)
                || access.writesAs(Role.DISTRICT_OVERSEER);
    }
}
