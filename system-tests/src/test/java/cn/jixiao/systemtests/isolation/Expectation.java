package cn.jixiao.systemtests.isolation;

/** What one cell of the expected table says. */
enum Expectation {

    /** The tenant decision lets the call through: any answer but 401, 403, 404 or a server error. */
    ALLOW,
    /**
     * Answered, but with none of the target street's data: a list or an overview that the caller's tenant filters,
     * asked about a street the caller may not see. 2xx, and the answer holds none of that street's ids.
     */
    FILTERED,
    /** Refused for this caller or tenant: 403 or 404, before the body is validated or the resource's state is judged. */
    DENY,
    /** Refused for want of a token: 401. */
    UNAUTHENTICATED,
    /** Not a cell: the route names no tenant's resource, so there is no sibling or other district to reach. */
    NOT_APPLICABLE;

    static Expectation parse(String cell) {
        switch (cell.trim()) {
            case "ALLOW":
                return ALLOW;
            case "DENY":
                return DENY;
            case "FILTERED":
                return FILTERED;
            case "401":
                return UNAUTHENTICATED;
            case "-":
                return NOT_APPLICABLE;
            default:
                throw new IllegalArgumentException("Unknown cell '" + cell + "': write ALLOW, FILTERED, DENY, 401 or -");
        }
    }

    /** How the table writes it. */
    String cell() {
        switch (this) {
            case UNAUTHENTICATED:
                return "401";
            case NOT_APPLICABLE:
                return "-";
            default:
                return name();
        }
    }

    /** The expectation an answer's status matches, as a developer would write it into the table. */
    static Expectation observed(int status) {
        if (status == 401) {
            return UNAUTHENTICATED;
        }
        return status == 403 || status == 404 ? DENY : ALLOW;
    }
}
