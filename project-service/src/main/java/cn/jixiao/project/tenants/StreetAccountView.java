package cn.jixiao.project.tenants;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "街道账号 / an account of a street")
public record StreetAccountView(String accountId, String username, String firstName, String lastName, String email,
                                boolean enabled, Set<String> roles) {
}
