package cn.jixiao.project.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a street editor enters to register a project. The street comes from the login, never from here. */
@Schema(description = "登记项目 / Register a project")
public record RegisterProject(
        @Schema(description = "项目编码（财政部门分配）/ project code", example = "530103-2023-MZTJ-001")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
        @Schema(description = "项目名称 / project name", example = "创建全省民族团结进步示范街道专项资金")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "预算年度 / budget year", example = "2023")
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "主管部门 / competent department", example = "昆明市盘龙区人民政府金辰街道办事处")
        @NotBlank @Size(max = 200) String competentDepartment,
        @Schema(description = "实施单位 / implementing unit", example = "昆明市盘龙区人民政府金辰街道办事处")
        @NotBlank @Size(max = 200) String implementingUnit) {
}
