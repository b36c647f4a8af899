package cn.jixiao.report.readmodel;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The one check every reader of a project's report runs first: the project exists for this caller, else 404, so
 * another street cannot even learn that it exists. The one home of the "project report not found" problem.
 */
@Component
public class ReportAccess {

    private final ReadModel model;

    ReportAccess(ReadModel model) {
        this.model = model;
    }

    /** The project's facts if the caller may see them; the round ({@code null}: none named) only names the refusal. */
    public Mono<ProjectFacts> readable(TenantAccess access, String projectId, Integer round) {
        return model.visibleProject(access, projectId)
                .switchIfEmpty(Mono.error(() -> notFound(projectId, round)));
    }

    /** The project's facts if the caller may see them and the round exists (1 up to the current round). */
    public Mono<ProjectFacts> readableRound(TenantAccess access, String projectId, int round) {
        return model.visibleProject(access, projectId)
                .filterWhen(project -> model.currentRound(project).map(current -> round >= 1 && round <= current))
                .switchIfEmpty(Mono.error(() -> notFound(projectId, round)));
    }

    /** No report of this project (or of this round of it, when one is named) that the caller may see. */
    public static ProblemException notFound(String projectId, Integer round) {
        return ProblemException.notFound(Bilingual.of("项目报告", "Project report"),
                round == null ? projectId : projectId + " / " + round);
    }
}
