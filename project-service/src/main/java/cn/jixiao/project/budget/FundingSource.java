package cn.jixiao.project.budget;

/** The funding source rows of the self-evaluation form's funds block, in the order the form prints them. */
public enum FundingSource {
    /** 本年财政拨款: this year's appropriation. */
    CURRENT_YEAR_APPROPRIATION("本年财政拨款"),
    /** 上年结转资金: last year's unspent funds carried over. */
    PRIOR_YEAR_CARRYOVER("上年结转资金"),
    /** 其他资金: any other money. */
    OTHER("其他资金");

    private final String displayName;

    FundingSource(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
