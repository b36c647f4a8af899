package cn.jixiao.project.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "绩效目标申报与审核 Targets")
@RestController
class TargetsListController {

    private final TargetsList list;

    TargetsListController(TargetsList list) {
        this.list = list;
    }

    @Operation(summary = "按绩效目标状态列出项目（区级：目标审核待办，如已提交的、有目标调整申请待审核的；街道：本街道的），等待最久的"
            + "在前 / the projects whose targets stand in a state (the district's queue of submitted targets or of open "
            + "adjustment requests; a street its own), longest waiting first")
    @GetMapping("/api/projects/targets")
    Flux<TargetsListRow> inState(
            @Parameter(description = "绩效目标状态 / state of the targets", example = "SUBMITTED")
            @RequestParam TargetsState state,
            @Parameter(description = "预算年度 / year") @RequestParam(required = false) Integer year,
            @Parameter(description = "街道（区级用户）/ street, for district users") @RequestParam(required = false) String streetId,
            @Parameter(description = "只列有（true）或没有（false）待审核目标调整申请的 / only those with (true) or without "
                    + "(false) an adjustment request awaiting the district") @RequestParam(required = false) Boolean adjustmentOpen,
            TenantAccess caller) {
        return list.inState(caller, state, year, streetId, adjustmentOpen);
    }
}
