package cn.jixiao.systemtests.isolation;

import java.util.Map;
import java.util.Set;

/**
 * Who calls in a column of the matrix: a role, by a demo login of the realm that holds it, or nobody.
 *
 * @param role          the realm role as the table heads its columns, or {@code anonymous}
 * @param username      the demo login, {@code null} for a call without a token
 * @param visibleStreets the demo streets whose data this caller may see; any other street's ids in a 2xx answer are a leak
 */
record Caller(String role, String username, Set<String> visibleStreets) {

    static final String ANONYMOUS = "anonymous";

    /** One login per role, in 盘龙区 and its street 金辰街道, so the targets are own, sibling and other district. */
    private static final Map<String, Caller> BY_ROLE = Map.of(
            "street-editor", new Caller("street-editor", "jinchen-editor", Set.of("jinchen")),
            "street-approver", new Caller("street-approver", "jinchen-approver", Set.of("jinchen")),
            "district-overseer", new Caller("district-overseer", "panlong-overseer", Set.of("jinchen", "tuodong")),
            "auditor", new Caller("auditor", "panlong-auditor", Set.of("jinchen", "tuodong")),
            // administers its streets' accounts, and sees none of their data
            "district-admin", new Caller("district-admin", "panlong-admin", Set.of()),
            "platform-admin", new Caller("platform-admin", "platform-admin", Set.of()),
            ANONYMOUS, new Caller(ANONYMOUS, null, Set.of()));

    Caller {
        visibleStreets = Set.copyOf(visibleStreets);
    }

    static Caller ofRole(String role) {
        Caller caller = BY_ROLE.get(role);
        if (caller == null) {
            throw new IllegalArgumentException("No demo login for role '" + role + "'; known roles: " + BY_ROLE.keySet());
        }
        return caller;
    }

    boolean anonymous() {
        return username == null;
    }
}
