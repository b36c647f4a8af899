package cn.jixiao.report.archive;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.preview.ReportDocuments;
import cn.jixiao.report.readmodel.Evaluation;
import cn.jixiao.report.readmodel.EvaluationRecord;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.tenancy.TenantAccess;

/** The report of an evaluation round as a render needs it: the document and what it reflects, from the read model. */
@Component
class ReportSources {

    private final ReportDocuments documents;

    ReportSources(ReportDocuments documents) {
        this.documents = documents;
    }

    /** The report of the project's latest round, if the caller may see the project; else 404. */
    Mono<ReportSource> currentForReader(TenantAccess reader, String projectId) {
        return documents.assembledForReader(reader, projectId, null).map(ReportSources::source);
    }

    /**
     * The report of the round for the render worker, without a tenant check: the job was checked when it was
     * queued. Empty for a project report-service has not heard of (yet).
     */
    Mono<ReportSource> ofRoundUnchecked(String projectId, int round) {
        return documents.forRenderingUnchecked(projectId, round)
                .map(ReportSources::source)
                .onErrorResume(ProblemException.class, unknown -> Mono.empty());
    }

    private static ReportSource source(ReportDocuments.Assembled assembled) {
        ProjectFacts project = assembled.project();
        EvaluationRecord evaluation = assembled.evaluation();
        // the template the report's sections follow: the evaluation's own (ADR 0008)
        Evaluation.TemplateVersion template = evaluation == null ? null : evaluation.snapshot().scoringTemplate();
        return new ReportSource(project.projectId(), project.districtId(), project.tenantId(),
                project.registration() == null ? null : project.registration().code(),
                project.registration() == null ? 0 : project.registration().year(),
                evaluation == null ? null : evaluation.evaluationId(), assembled.round(),
                evaluation == null ? 0 : evaluation.revision(), evaluation != null && evaluation.isFinalized(),
                template == null ? null : template.templateId(), template == null ? 0 : template.version(),
                assembled.document());
    }
}
