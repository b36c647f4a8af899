package cn.jixiao.project.redflags;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.project.redflags.RedFlagViews.DistrictFlags;
import cn.jixiao.project.redflags.RedFlagViews.FlagView;
import cn.jixiao.project.redflags.RedFlagViews.ProjectFlags;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "审计线索 Red flags", description = "由支出台账计算的审计线索，供区复核人员和审计人员查阅；不影响评分 / leads computed "
        + "from the spending ledger for the district's overseers and auditors; they never change a score")
@RestController
class RedFlagsController {

    private final RedFlags redFlags;

    RedFlagsController(RedFlags redFlags) {
        this.redFlags = redFlags;
    }

    @Operation(summary = "项目的审计线索：规则、阈值、涉及的台账行、处理状态（区复核人员、审计人员；街道无权查看）/ a project's flags "
            + "with their rule, threshold, rows and status (overseers and auditors; streets 403)")
    @GetMapping("/api/projects/{projectId}/red-flags")
    Mono<ProjectFlags> ofProject(@PathVariable String projectId, TenantAccess caller) {
        return redFlags.ofProject(caller, projectId);
    }

    @Operation(summary = "排除一条审计线索（区复核人员，须填写理由，留痕）/ dismiss a flag with a reason (the overseer; audited)")
    @PostMapping("/api/projects/{projectId}/red-flags/{flagKey}/dismissal")
    Mono<FlagView> dismiss(@PathVariable String projectId, @PathVariable String flagKey,
                           @Valid @RequestBody DismissFlag request, TenantAccess caller) {
        return redFlags.dismiss(caller, projectId, flagKey, request);
    }

    @Operation(summary = "将审计线索转为整改事项（区复核人员；重复提交返回同一整改事项）/ turn a flag into a rectification item "
            + "(the overseer; asked again, the same item)")
    @PostMapping("/api/projects/{projectId}/red-flags/{flagKey}/rectification")
    Mono<FlagView> rectify(@PathVariable String projectId, @PathVariable String flagKey, TenantAccess caller) {
        return redFlags.rectify(caller, projectId, flagKey);
    }

    @Operation(summary = "本区某年度的审计线索数：按规则、街道、项目（区复核人员、审计人员）/ the district's counts per rule, "
            + "street and project in a year; the year defaults to the current one")
    @GetMapping("/api/red-flags")
    Mono<DistrictFlags> ofDistrict(TenantAccess caller,
                                   @Parameter(description = "预算年度 / budget year") @RequestParam(required = false) Integer year,
                                   @Parameter(description = "街道（限定 id）/ one street") @RequestParam(required = false) String streetId) {
        return redFlags.ofDistrict(caller, year, streetId);
    }
}
