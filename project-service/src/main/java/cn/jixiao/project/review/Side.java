package cn.jixiao.project.review;

import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Who takes a step of a review: the project's own street (it submits, answers, requests), or the district overseeing
 * it (it approves, returns, confirms, sends back). The same two sides for every workflow of the service.
 */
public enum Side {
    STREET, DISTRICT;

    /**
     * Whether the caller acts for this side: the street's editor or approver (the two roles a street writes with), or
     * the district's overseer. An auditor acts for neither, whatever other role the same account holds
     * ({@link TenantAccess#writesAs}). Whether the caller sees the project at all is settled before (404).
     */
    public boolean actedForBy(TenantAccess actor) {
        return switch (this) {
            case STREET -> actor.isStreetUser()
                    && (actor.writesAs(Role.STREET_EDITOR) || actor.writesAs(Role.STREET_APPROVER));
            case DISTRICT -> !actor.isStreetUser() && actor.writesAs(Role.DISTRICT_OVERSEER);
        };
    }
}
