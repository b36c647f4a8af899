package cn.jixiao.project.tenants;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The person who gets a new account. Their password is made by the platform. Name and e-mail are required
 * because the realm's user profile requires them: without them Keycloak would stop the first sign-in on a form.
 */
@Schema(description = "首位管理员 / the tenant's first administrator")
public record NewAdministrator(
        @Schema(description = "登录名 / login name", example = "dongfeng-admin")
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = TenantNames.USERNAME) String username,
        @Schema(description = "名 / given name", example = "春燕") @NotBlank @Size(max = 50) String firstName,
        @Schema(description = "姓 / family name", example = "孙") @NotBlank @Size(max = 50) String lastName,
        @Schema(description = "电子邮箱 / e-mail", example = "dongfeng-admin@example.com") @NotBlank @Email @Size(max = 200) String email) {

    TenantDirectory.NewAccount account() {
        return new TenantDirectory.NewAccount(username, firstName, lastName, email);
    }
}
