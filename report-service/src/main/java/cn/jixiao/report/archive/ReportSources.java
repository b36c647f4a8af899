package cn.jixiao.report.archive;

import reactor.core.publisher.Mono;

/** Assembles reports from report-service's read model; empty when the project or evaluation is unknown. */
public interface ReportSources {

    /** The report of the project's latest evaluation round. */
    Mono<ReportSource> current(String projectId);

    /** The report of one evaluation round, which need not be the latest. */
    Mono<ReportSource> ofEvaluation(String evaluationId);
}
