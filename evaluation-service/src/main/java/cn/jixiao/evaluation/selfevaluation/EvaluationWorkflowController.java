package cn.jixiao.evaluation.selfevaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "自评流程 Self-evaluation workflow",
        description = "街道自评、提交、区复核、退回/通过、定稿与重新开启 / the street's self-assessment, submission, "
                + "the district's review, return or approval, finalization and reopening")
@RestController
@RequestMapping("/api/evaluations/{id}")
class EvaluationWorkflowController {

    private final EvaluationWorkflow workflow;
    private final EvaluationAccess access;

    EvaluationWorkflowController(EvaluationWorkflow workflow, EvaluationAccess access) {
        this.workflow = workflow;
        this.access = access;
    }

    @Operation(summary = "街道自评 / the street's self-assessment",
            description = "本街道填报人员在草稿或退回状态下填写：定性指标的等级和得分（须在等级区间内）、不适用指标及原因、"
                    + "预算执行率偏低的说明；整体替换并立即重算得分 / by the street's editor while draft or returned: the "
                    + "grade and score of each qualitative indicator (inside the grade's band), indicators not applicable "
                    + "with the reason, the explanation of a low execution rate; replaces the previous one and rescores")
    @PutMapping("/self-assessment")
    Mono<SelfEvaluationView> assess(TenantAccess caller, @PathVariable String id, @Valid @RequestBody AssessSelf request) {
        return workflow.assess(caller, id, request).map(SelfEvaluationView::of);
    }

    @Operation(summary = "提交 / submit to the district",
            description = "本街道审核人员提交；存在未补全事项时拒绝（422），逐项列出缺少的偏差原因分析及改进措施、执行率说明、"
                    + "未评定或未填报的指标 / by the street's approver; refused (422) while anything blocks it, listing every "
                    + "missing deviation note, low-rate explanation, ungraded or unreported indicator")
    @PostMapping("/submit")
    Mono<SelfEvaluationView> submit(TenantAccess caller, @PathVariable String id, @Valid @RequestBody TakeStep request) {
        return step(caller, id, WorkflowStep.SUBMIT, request);
    }

    @Operation(summary = "开始复核 / start the review", description = "区复核人员 / by the district's overseer")
    @PostMapping("/start-review")
    Mono<SelfEvaluationView> startReview(TenantAccess caller, @PathVariable String id,
                                         @Valid @RequestBody TakeStep request) {
        return step(caller, id, WorkflowStep.START_REVIEW, request);
    }

    @Operation(summary = "设置复核分 / set a review score",
            description = "复核中由区复核人员逐行设置复核分并说明理由；自评分保留，复核总分和等级随之重算 / while under review, "
                    + "by the district's overseer, one line at a time with the reason; the self-score is kept, the review "
                    + "total and its grade are recomputed")
    @PutMapping("/review-scores")
    Mono<SelfEvaluationView> setReviewScore(TenantAccess caller, @PathVariable String id,
                                            @Valid @RequestBody SetReviewScore request) {
        return workflow.setReviewScore(caller, id, request).map(SelfEvaluationView::of);
    }

    @Operation(summary = "退回 / return to the street",
            description = "区复核人员退回并须填写意见；街道修改后可再次提交 / by the district's overseer, with comments "
                    + "(required); the street edits and submits again")
    @PostMapping("/return")
    Mono<SelfEvaluationView> returnToStreet(TenantAccess caller, @PathVariable String id,
                                            @Valid @RequestBody TakeStep request) {
        return step(caller, id, WorkflowStep.RETURN, request);
    }

    @Operation(summary = "通过 / approve", description = "区复核人员 / by the district's overseer")
    @PostMapping("/approve")
    Mono<SelfEvaluationView> approve(TenantAccess caller, @PathVariable String id, @Valid @RequestBody TakeStep request) {
        return step(caller, id, WorkflowStep.APPROVE, request);
    }

    @Operation(summary = "定稿 / finalize",
            description = "区复核人员定稿；此后任何修改均被拒绝（409） / by the district's overseer; afterwards every "
                    + "change is refused (409)")
    @PostMapping("/finalize")
    Mono<SelfEvaluationView> finalizeEvaluation(TenantAccess caller, @PathVariable String id,
                                                @Valid @RequestBody TakeStep request) {
        return step(caller, id, WorkflowStep.FINALIZE, request);
    }

    @Operation(summary = "重新开启 / reopen as a new round",
            description = "区复核人员对已定稿的自评开启新一轮草稿，沿用最新项目数据和街道自评；原一轮保持不变 / by the "
                    + "district's overseer: a new draft round with the latest project data and the street's "
                    + "self-assessment; the finalized round stays as it is")
    @PostMapping("/reopen")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SelfEvaluationView> reopen(TenantAccess caller, @PathVariable String id, @Valid @RequestBody TakeStep request) {
        return workflow.reopen(caller, id, request).map(SelfEvaluationView::of);
    }

    @Operation(summary = "流程记录 / history",
            description = "该项目的各轮自评及每一步操作（操作人、时间、意见） / every round of the project and each step "
                    + "(who, when, comment)")
    @GetMapping("/history")
    Mono<EvaluationHistory> history(TenantAccess caller, @PathVariable String id) {
        return access.readable(caller, id)
                .flatMap(evaluation -> access.roundsOf(caller, evaluation)
                        .map(EvaluationHistory.Round::of)
                        .collectList()
                        .map(rounds -> new EvaluationHistory(evaluation.projectId(), rounds)));
    }

    private Mono<SelfEvaluationView> step(TenantAccess caller, String id, WorkflowStep step, TakeStep request) {
        return workflow.take(caller, id, step, request).map(SelfEvaluationView::of);
    }
}
