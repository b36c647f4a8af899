package cn.jixiao.evaluation.template;

/**
 * How a 等于 (= target) indicator is scored: an English constant with the words the explanation line prints.
 */
public enum EqualRule {
    /**
     * Like 正向: at or above the target full marks, below it actual ÷ target × weight; a target of 0 scores full
     * marks for an actual ≤ 0 and 0 otherwise. The national default, so an actual above an "=" target scores full.
     */
    LIKE_POSITIVE("等于按正向计分"),
    /**
     * A deviation either way loses points: the smaller of actual ÷ target and target ÷ actual, times the weight,
     * so an overspent cost line written "=6万元" loses points too. A target of 0 is scored as under LIKE_POSITIVE.
     */
    DEVIATION_EITHER_WAY("等于偏离即扣分");

    private final String label;

    EqualRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
