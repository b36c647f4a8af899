package cn.jixiao.project.tenants;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A district or street to open: its group's name, its Chinese name, and who administers it first. */
@Schema(description = "开通区或街道 / onboard a district or a street")
public record OnboardTenant(
        @Schema(description = "分组名（拼音，开通后不可更改）/ group name, for good", example = "dongfeng")
        @NotBlank @Pattern(regexp = TenantNames.GROUP_NAME) String name,
        @Schema(description = "中文名称 / Chinese name", example = "东风街道")
        @NotBlank @Size(max = 40) String displayName,
        @Schema(description = "首位管理员 / first administrator")
        @NotNull @Valid NewAdministrator administrator) {
}
