package cn.jixiao.project.redflags;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Who sees and decides red flags. They are leads for the district's oversight, not the street's work: the district's
 * overseers and auditors read them, and streets do not see them at all (403 whatever the project, so a street learns
 * nothing of them, not even that its own project has any). Only the overseer decides (dismisses or turns one into a
 * 整改 item); an auditor reads and writes nothing, the platform's rule. Whether the project is the caller's district's
 * is settled after (404).
 */
final class RedFlagPolicy {

    private RedFlagPolicy() {
    }

    static void mayRead(TenantAccess caller) {
        if (caller.isStreetUser() || !(caller.has(Role.DISTRICT_OVERSEER) || caller.has(Role.AUDITOR))) {
            throw ProblemException.forbidden(Bilingual.of("审计线索仅供区复核人员和审计人员查阅",
                    "Red flags are for the district's overseers and auditors"));
        }
    }

    static void mayDecide(TenantAccess caller) {
        mayRead(caller);
        if (!caller.writesAs(Role.DISTRICT_OVERSEER)) {
            throw ProblemException.forbidden(Bilingual.of("只有区复核人员可以排除审计线索或将其转为整改",
                    "Only the district's overseer may dismiss a red flag or turn it into a rectification item"));
        }
    }
}
