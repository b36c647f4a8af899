package cn.jixiao.project.tenants;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new account with its temporary password, which is shown in this answer and never again. */
@Schema(description = "新账号及一次性临时密码（仅此一次返回，首次登录须修改）/ a new account and its temporary password, returned once")
public record IssuedAccount(String accountId, String username, String groupPath, Set<String> roles,
                            String temporaryPassword) {
}
