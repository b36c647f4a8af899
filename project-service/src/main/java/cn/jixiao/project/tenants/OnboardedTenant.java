package cn.jixiao.project.tenants;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "已开通的租户及其首位管理员 / the onboarded tenant and its first administrator")
public record OnboardedTenant(TenantView tenant, IssuedAccount administrator) {
}
