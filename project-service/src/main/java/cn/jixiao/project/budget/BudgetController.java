package cn.jixiao.project.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.StreetEditor;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "预算 Budget", description = "年初预算数、预算调整与全年预算数，按资金来源和经济分类的明细"
        + " / initial budget, adjustments and full-year budget, by funding source and economic classification")
@RestController
@RequestMapping("/api/projects/{projectId}/budget")
class BudgetController {

    private final ProjectAccess access;
    private final Budgets budgets;
    private final BudgetChanges changes;

    BudgetController(ProjectAccess access, Budgets budgets, BudgetChanges changes) {
        this.access = access;
        this.budgets = budgets;
        this.changes = changes;
    }

    @Operation(summary = "项目预算（金额以元和万元显示）/ the project's budget, amounts in yuan and 万元",
            description = "尚未录入预算时返回 404 / 404 while no budget has been set")
    @GetMapping
    Mono<BudgetView> get(@PathVariable String projectId, TenantAccess caller) {
        return access.readable(caller, projectId).then(budgets.findVisible(caller, projectId))
                .switchIfEmpty(Mono.error(() -> BudgetChanges.notSetYet(projectId)))
                .map(BudgetView::of);
    }

    @Operation(summary = "录入或修改年初预算数及明细（本街道填报人员；需提交读取时的版本号，冲突返回 409）"
            + " / set the initial budget and its breakdowns (street editors; 409 if changed meanwhile)",
            description = "明细合计不符、金额为负或超过两位小数、经济分类编码不存在、资金来源重复时返回 400，并列出不符的合计"
                    + " / 400 with the sums shown when the breakdowns do not add up, an amount is negative or has more"
                    + " than two decimals, a classification code is unknown or a funding source is entered twice")
    @PutMapping
    Mono<BudgetView> set(@PathVariable String projectId, @Valid @RequestBody SetBudget request,
                         @StreetEditor TenantAccess editor) {
        return changes.set(editor, projectId, request).map(BudgetView::of);
    }

    @Operation(summary = "新增预算调整：追加或调减（本街道填报人员；需提交读取时的版本号，冲突返回 409）"
            + " / add an adjustment: increase or reduction (street editors; 409 if changed meanwhile)",
            description = "调整须有原因、日期在预算年度内，调减后全年预算数不得为负，调整后的明细须合计为新的全年预算数"
                    + " / an adjustment needs a reason and a date inside the budget year, may not take the full-year budget"
                    + " below zero, and comes with breakdowns that add up to the new full-year budget")
    @PostMapping("/adjustments")
    Mono<BudgetView> adjust(@PathVariable String projectId, @Valid @RequestBody AddAdjustment request,
                            @StreetEditor TenantAccess editor) {
        return changes.adjust(editor, projectId, request).map(BudgetView::of);
    }
}
