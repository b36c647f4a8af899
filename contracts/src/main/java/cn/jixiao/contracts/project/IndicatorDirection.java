package cn.jixiao.contracts.project;

/** How an indicator's actual value is scored against its target. */
public enum IndicatorDirection {
    /** 正向: higher is better (≥ target). */
    POSITIVE("正向"),
    /** 反向: lower is better (≤ target). */
    NEGATIVE("反向"),
    /** 等于: the target itself (= target). */
    EQUAL("等于"),
    /** 定性: graded by the evaluator (达成 / 部分达成 / 未达成). */
    QUALITATIVE("定性");

    private final String label;

    IndicatorDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
