package cn.jixiao.systemtests.isolation;

/** Whose resources a cell reaches for, seen from the caller, who works in 盘龙区 (金辰街道 for street roles). */
enum Target {

    /** 金辰街道: the caller's own street, or for district roles a street of their district. */
    OWN("own", "jinchen"),
    /** 拓东街道: another street of 盘龙区. */
    SIBLING("sibling", "tuodong"),
    /** 华山街道 of 五华区: a street of another district. */
    OTHER_DISTRICT("other-district", "huashan");

    private final String column;
    private final String street;

    Target(String column, String street) {
        this.column = column;
        this.street = street;
    }

    String column() {
        return column;
    }

    /** The demo street whose resources the cell's request names. */
    String street() {
        return street;
    }

    static Target ofColumn(String column) {
        for (Target target : values()) {
            if (target.column.equals(column)) {
                return target;
            }
        }
        throw new IllegalArgumentException("Unknown target '" + column + "', expected own, sibling or other-district");
    }
}
