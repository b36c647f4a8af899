package cn.jixiao.systemtests.isolation;

/**
 * One cell as it was answered.
 *
 * @param route    the route
 * @param column   who called, reaching for which street
 * @param expected what the table says
 * @param status   the HTTP status answered
 * @param leak     why the answer gives away what the caller may not have, or {@code null}
 * @param mismatch why the answer differs from the table without giving anything away (a refusal where the table
 *                 allows, a server error), or {@code null}
 */
record CellResult(Route route, Column column, Expectation expected, int status, String leak, String mismatch) {

    static CellResult judge(Route route, Column column, Expectation expected, int status, String foreignData) {
        String leak = null;
        String mismatch = null;
        if (foreignData != null) {
            leak = "the answer shows " + foreignData;
        } else if ((expected == Expectation.DENY || expected == Expectation.UNAUTHENTICATED)
                && status != 401 && status != 403 && status != 404) {
            leak = "answered " + status + " where the table refuses (" + expected.cell() + ")"
                    + (status == 400 || status == 409 || status == 422 ? ": the request was judged before the caller" : "");
        } else if (status >= 500) {
            mismatch = "server error " + status;
        } else if (expected == Expectation.UNAUTHENTICATED && status != 401) {
            mismatch = "answered " + status + " without a token, expected 401";
        } else if (expected == Expectation.DENY && status == 401) {
            mismatch = "answered 401 to a signed-in caller";
        } else if (expected == Expectation.ALLOW && Expectation.observed(status) != Expectation.ALLOW) {
            mismatch = "refused with " + status + " where the table allows";
        } else if (expected == Expectation.FILTERED && (status < 200 || status > 299)) {
            mismatch = "answered " + status + " where the table expects the caller's own view, without that street's data";
        }
        return new CellResult(route, column, expected, status, leak, mismatch);
    }

    boolean leaks() {
        return leak != null;
    }

    boolean mismatched() {
        return mismatch != null;
    }

    @Override
    public String toString() {
        return route + " as " + column.heading() + ": " + (leak != null ? leak : mismatch);
    }
}
