package cn.jixiao.project.project;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The descriptive facts of a project that its street edits and the report prints. */
@Schema(description = "项目基本信息 / project details")
public record ProjectDetails(
        @Schema(description = "项目名称 / name") @NotBlank @Size(max = 200) String name,
        @Schema(description = "主管部门 / competent department") @NotBlank @Size(max = 200) String competentDepartment,
        @Schema(description = "实施单位 / implementing unit") @NotBlank @Size(max = 200) String implementingUnit,
        @Schema(description = "资金类别，如 专项资金 / fund category", example = "专项资金") @Size(max = 50) String fundCategory,
        @Schema(description = "资金来源 / funding sources", example = "[\"区级财政资金\"]")
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> fundingSources,
        @Schema(description = "实施期开始 / implementation starts") LocalDate periodStart,
        @Schema(description = "实施期结束 / implementation ends") LocalDate periodEnd,
        @Schema(description = "项目概况（报告第一部分）/ overview") @Size(max = 5000) String overview,
        @Schema(description = "总目标 / overall goal") @Size(max = 3000) String overallGoal,
        @Schema(description = "年度目标，按顺序编号 / annual goals in order")
        @Size(max = 20) List<@NotBlank @Size(max = 2000) String> annualGoals,
        @Schema(description = "项目状态 / status") @NotNull ProjectStatus status) {

    public ProjectDetails {
        fundingSources = fundingSources == null ? List.of() : List.copyOf(fundingSources);
        annualGoals = annualGoals == null ? List.of() : List.copyOf(annualGoals);
    }

    @AssertTrue(message = "{jixiao.period.order}")
    @Schema(hidden = true)
    boolean isPeriodInOrder() {
        return periodStart == null || periodEnd == null || !periodEnd.isBefore(periodStart);
    }

    static ProjectDetails registered(RegisterProject request) {
        return new ProjectDetails(request.name(), request.competentDepartment(), request.implementingUnit(), null,
                List.of(), null, null, null, null, List.of(), ProjectStatus.REGISTERED);
    }
}
