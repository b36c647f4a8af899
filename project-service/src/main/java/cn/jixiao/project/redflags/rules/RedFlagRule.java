package cn.jixiao.project.redflags.rules;

/**
 * The kinds of 审计线索 the ledger is read for. A flag is a lead for the district's overseer and the auditors, never a
 * finding by itself: it changes no score.
 */
public enum RedFlagRule {
    YEAR_END_RUSH("year-end-rush", "年底突击花钱", "year-end rush"),
    SPLIT_PAYMENTS("split-payments", "拆分支付规避采购限额", "payments split under the procurement threshold"),
    PAYEE_CONCENTRATION("payee-concentration", "收款人集中", "one payee takes most of the money"),
    BEFORE_BUDGET("before-budget", "预算下达前支出", "spending before the budget existed"),
    AFTER_YEAR_CLOSE("after-year-close", "年度结束后支出", "spending after the year closed"),
    ROUND_NUMBER_SERIES("round-number-series", "连续整数金额支付", "round-number payments in series"),
    DUPLICATE_INVOICES("duplicate-invoices", "疑似重复报销", "duplicate invoices by amount, date and payee");

    private final String slug;
    private final String label;
    private final String english;

    RedFlagRule(String slug, String label, String english) {
        this.slug = slug;
        this.label = label;
        this.english = english;
    }

    /** The rule's part of a flag's key, as it appears in a URL. */
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public String english() {
        return english;
    }
}
