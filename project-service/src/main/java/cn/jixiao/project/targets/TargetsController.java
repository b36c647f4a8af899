package cn.jixiao.project.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "绩效目标申报与审核 Targets", description = "街道提交绩效目标表，区退回或批复；批复后锁定 / the street submits "
        + "its targets, the district returns or approves them; approved targets are locked")
@RestController
@RequestMapping("/api/projects/{projectId}/targets")
class TargetsController {

    private final TargetsWorkflow workflow;
    private final TargetsAdjustments adjustments;

    TargetsController(TargetsWorkflow workflow, TargetsAdjustments adjustments) {
        this.workflow = workflow;
        this.adjustments = adjustments;
    }

    @Operation(summary = "绩效目标的审核状态、流程记录及提交前检查发现的问题（不提交）/ the targets' state, their history and "
            + "the findings of the checks before submission, without submitting")
    @GetMapping
    Mono<TargetsView> targets(TenantAccess caller, @PathVariable String projectId) {
        return workflow.read(caller, projectId);
    }

    @Operation(summary = "绩效目标的审核步骤，各为一条路径，需提交读取时的版本号，冲突返回 409：submission 提交绩效目标（本街道填报或审核"
            + "人员；检查不通过时 422 并逐项列出）；return 退回（区复核人员，须填写意见；街道修改后可再次提交）；approval 批复（区复核"
            + "人员，意见可选；批复后锁定，实际完成值仍可填报）；adjustments/approval 批准目标调整（区复核人员，意见可选；调整后的指标"
            + "体系即为现行绩效目标，自评按其计分）；adjustments/return 退回目标调整（区复核人员，须填写意见；现行绩效目标不变）/ the "
            + "steps on the targets, each its own path, on the version read (409 if changed meanwhile): submit (the "
            + "street's editor or approver; 422 listing every finding if the checks fail), return (the district's "
            + "overseer, with a comment), approve (the district's overseer, comment optional; locked from then on, "
            + "actuals can still be reported), approve an adjustment (the proposed tree is in force from then on and the "
            + "self-evaluation scores against it), return an adjustment (with a comment; the targets in force stay)")
    @PostMapping({"/submission", "/return", "/approval", "/adjustments/approval", "/adjustments/return"})
    Mono<TargetsView> step(TenantAccess caller, @PathVariable String projectId,
                           @Valid @RequestBody TakeTargetsStep request, ServerWebExchange exchange) {
        PathPattern route = exchange.getRequiredAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String path = route.getPatternString();
        return switch (path.substring(path.indexOf("/targets/") + "/targets/".length())) {
            case "submission" -> workflow.take(TargetsStep.SUBMIT, caller, projectId, request);
            case "return" -> workflow.take(TargetsStep.RETURN, caller, projectId, request);
            case "approval" -> workflow.take(TargetsStep.APPROVE, caller, projectId, request);
            case "adjustments/approval" -> adjustments.decide(AdjustmentStep.APPROVE, caller, projectId, request);
            case "adjustments/return" -> adjustments.decide(AdjustmentStep.RETURN, caller, projectId, request);
            default -> throw new IllegalStateException("no step on the targets at " + path);
        };
    }

    @Operation(summary = "申请目标调整（本街道填报或审核人员；仅限已批复的绩效目标，每个项目同时只能有一项待审核的申请；须填写调整原因并"
            + "提交调整后的全部指标，检查同提交；需提交读取时的版本号，冲突返回 409）/ request an adjustment of approved targets "
            + "(the street's editor or approver; one open request per project; the reason and the whole proposed tree, "
            + "checked like a submission; 409 if changed meanwhile)")
    @PostMapping("/adjustments")
    Mono<TargetsView> requestAdjustment(TenantAccess caller, @PathVariable String projectId,
                                        @Valid @RequestBody RequestAdjustment request) {
        return adjustments.request(caller, projectId, request);
    }
}
