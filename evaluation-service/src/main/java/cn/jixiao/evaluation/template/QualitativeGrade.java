package cn.jixiao.evaluation.template;

/**
 * The three grades an evaluator chooses between for a 定性 indicator: an English constant (what the API, events and
 * stored documents carry) with the phrase the form prints as its {@link #label()}, the style of every enum with a
 * Chinese label here (see {@link Grade} for the one exception and why).
 */
public enum QualitativeGrade {
    ACHIEVED("达成年度指标"),
    PARTLY_ACHIEVED("部分达成年度指标并具有一定效果"),
    NOT_ACHIEVED("未达成年度指标且效果较差");

    private final String label;

    QualitativeGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
