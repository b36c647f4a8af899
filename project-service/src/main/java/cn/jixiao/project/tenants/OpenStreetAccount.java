package cn.jixiao.project.tenants;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** An account a district administrator opens in one of its streets. */
@Schema(description = "开设街道账号 / open an account in a street")
public record OpenStreetAccount(
        @Schema(description = "使用人 / the person") @NotNull @Valid NewAdministrator person,
        @Schema(description = "角色：street-editor、street-approver / roles", example = "[\"street-editor\"]")
        @NotEmpty Set<String> roles) {
}
