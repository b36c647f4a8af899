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

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "绩效自评 Self-evaluations")
@RestController
@RequestMapping("/api/evaluations")
class SelfEvaluationController {

    private final EvaluationAccess access;

    SelfEvaluationController(EvaluationAccess access) {
        this.access = access;
    }

    @Operation(summary = "自评列表 / self-evaluations the caller may see")
    @GetMapping
    Flux<SelfEvaluationView> list(TenantAccess caller,
                                  @Parameter(description = "只看该项目 / only this project")
                                  @RequestParam(required = false) String projectId) {
        return access.allReadable(caller, projectId).map(SelfEvaluationView::of);
    }

    @Operation(summary = "按项目查找当前自评（最新一轮）/ the project's current self-evaluation, its latest round",
            description = "项目登记后自评由本服务在收到登记事件时开启，通常在一秒内；此前返回 404（code 为 no-evaluation-yet，"
                    + "retryAfterSeconds 秒后可重试）。无权查看的项目同样返回 404 / opened when this service receives the "
                    + "registration, normally within a second; until then 404 (code no-evaluation-yet, ask again after "
                    + "retryAfterSeconds). A project the caller may not see answers the same 404")
    @GetMapping("/current")
    Mono<SelfEvaluationView> current(TenantAccess caller,
                                     @Parameter(description = "项目 / the project") @RequestParam String projectId) {
        return access.currentOf(caller, projectId).map(SelfEvaluationView::of);
    }

    @Operation(summary = "自评详情 / one self-evaluation")
    @GetMapping("/{id}")
    Mono<SelfEvaluationView> get(TenantAccess caller, @PathVariable String id) {
        return access.readable(caller, id).map(SelfEvaluationView::of);
    }

    @Operation(summary = "自评得分 / the self-evaluation's score",
            description = "按项目最新的预算、支出、指标和实际完成值自动重算的得分及计分说明 / recomputed automatically "
                    + "from the project's latest budget, spending, indicators and actuals, with the arithmetic")
    @GetMapping("/{id}/score")
    Mono<ScoreView> score(TenantAccess caller, @PathVariable String id) {
        return access.readable(caller, id).map(ScoreView::of);
    }
}
