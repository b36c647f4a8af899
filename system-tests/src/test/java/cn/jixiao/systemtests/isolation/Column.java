package cn.jixiao.systemtests.isolation;

/**
 * A column of the matrix: a caller reaching for a target's resources. The table heads it {@code role@target}, and
 * the column without a token simply {@code anonymous} (it reaches for the own street's resources).
 */
record Column(Caller caller, Target target) {

    static Column parse(String heading) {
        String text = heading.trim();
        if (Caller.ANONYMOUS.equals(text)) {
            return new Column(Caller.ofRole(Caller.ANONYMOUS), Target.OWN);
        }
        int at = text.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("Column '" + text + "' is neither role@target nor anonymous");
        }
        return new Column(Caller.ofRole(text.substring(0, at)), Target.ofColumn(text.substring(at + 1)));
    }

    String heading() {
        return caller.anonymous() ? Caller.ANONYMOUS : caller.role() + "@" + target.column();
    }

    /** A caller of the street's own district reaching into another street or district. */
    boolean crossTenant() {
        return target != Target.OWN;
    }
}
