package cn.jixiao.project.tenants;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/** The refusals of onboarding and account administration, in Chinese and English. */
final class TenantProblems {

    private TenantProblems() {
    }

    static ProblemException notPlatformAdmin() {
        return ProblemException.forbidden(Bilingual.of(
                "只有平台管理员可以开通或停用区、街道",
                "Only a platform administrator may onboard, disable or enable districts and streets"));
    }

    static ProblemException notDistrictAdmin() {
        return ProblemException.forbidden(Bilingual.of(
                "只有区管理员可以管理本区街道的账号",
                "Only a district administrator may manage the accounts of the district's streets"));
    }

    static ProblemException otherRealm() {
        return ProblemException.forbidden(Bilingual.of(
                "您的账号不属于本平台管理的认证域",
                "Your account was not issued by the realm this platform administers"));
    }

    static ProblemException tenantNotFound(String tenantId) {
        return ProblemException.notFound(Bilingual.of("租户（区或街道）", "Tenant (district or street)"), tenantId);
    }

    static ProblemException accountNotFound(String accountId) {
        return ProblemException.notFound(Bilingual.of("账号", "Account"), accountId);
    }

    static ProblemException groupExists(String path) {
        return new ProblemException(HttpStatus.CONFLICT, "tenant-exists", Bilingual.of("已存在", "Already exists"),
                Bilingual.of("认证域中已有分组 " + path + "，不能重复开通",
                        "The realm already has the group " + path + "; it cannot be onboarded twice"))
                .with("groupPath", path);
    }

    static ProblemException usernameTaken(String username) {
        return new ProblemException(HttpStatus.CONFLICT, "username-taken", Bilingual.of("用户名已被使用", "Username taken"),
                Bilingual.of("用户名 " + username + " 已被使用，请换一个", "The username " + username + " is taken; choose another"))
                .with("username", username);
    }

    static ProblemException tenantDisabled(String tenantId) {
        return new ProblemException(HttpStatus.CONFLICT, "tenant-disabled", Bilingual.of("租户已停用", "Tenant disabled"),
                Bilingual.of("租户 " + tenantId + " 已停用，请先启用", "The tenant " + tenantId + " is disabled; enable it first"))
                .with("tenantId", tenantId);
    }

    static ProblemException notAStreet(String tenantId) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "not-a-street", Bilingual.of("不是街道", "Not a street"),
                Bilingual.of("租户 " + tenantId + " 是区，账号只能开在街道下",
                        "The tenant " + tenantId + " is a district; accounts are opened in streets"));
    }

    static ProblemException notADistrict(String tenantId) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "not-a-district", Bilingual.of("不是区", "Not a district"),
                Bilingual.of("租户 " + tenantId + " 不是区，街道只能开在区下",
                        "The tenant " + tenantId + " is not a district; streets are onboarded under a district"));
    }

    static ProblemException roleNotGrantable(String role) {
        return new ProblemException(HttpStatus.FORBIDDEN, "role-not-grantable", Bilingual.of("无权授予该角色", "Role not grantable"),
                Bilingual.of("区管理员只能授予街道填报（street-editor）和街道审核（street-approver）角色，不能授予 " + role,
                        "A district administrator grants only street-editor and street-approver, not " + role))
                .with("role", role);
    }

    static ProblemException onboardingUnavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "onboarding-unavailable",
                Bilingual.of("开通服务不可用", "Onboarding unavailable"),
                Bilingual.of("本服务未配置认证域的管理账号（JIXIAO_TENANTS_CLIENT_SECRET），无法开通租户或管理账号",
                        "This service has no realm administration account (JIXIAO_TENANTS_CLIENT_SECRET), so it cannot onboard tenants or manage accounts"));
    }

    static ProblemException disabledTenantRequest() {
        return ProblemException.forbidden(Bilingual.of(
                "您所在的区或街道已停用，请联系平台管理员",
                "Your district or street is disabled; ask the platform administrator"));
    }
}
