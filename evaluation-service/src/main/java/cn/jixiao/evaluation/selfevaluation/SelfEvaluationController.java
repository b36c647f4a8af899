package cn.jixiao.evaluation.selfevaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.CurrentTenant;

@Tag(name = "绩效自评 Self-evaluations")
@RestController
@RequestMapping("/api/evaluations")
class SelfEvaluationController {

    private final SelfEvaluations evaluations;

    SelfEvaluationController(SelfEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Operation(summary = "自评列表 / self-evaluations the caller may see")
    @GetMapping
    Flux<SelfEvaluation> list(@Parameter(description = "只看该项目 / only this project")
                              @RequestParam(required = false) String projectId) {
        return CurrentTenant.access().flatMapMany(access -> evaluations.visibleTo(access, projectId));
    }

    @Operation(summary = "自评详情 / one self-evaluation")
    @GetMapping("/{id}")
    Mono<SelfEvaluation> get(@PathVariable String id) {
        return visible(id);
    }

    @Operation(summary = "自评得分 / the self-evaluation's score",
            description = "按项目最新的预算、支出、指标和实际完成值自动重算的得分及计分说明 / recomputed automatically "
                    + "from the project's latest budget, spending, indicators and actuals, with the arithmetic")
    @GetMapping("/{id}/score")
    Mono<ScoreView> score(@PathVariable String id) {
        return visible(id).map(ScoreView::of);
    }

    private Mono<SelfEvaluation> visible(String id) {
        return CurrentTenant.access()
                .flatMap(access -> evaluations.findVisible(access, id))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(Bilingual.of("绩效自评", "Self-evaluation"), id)));
    }
}
