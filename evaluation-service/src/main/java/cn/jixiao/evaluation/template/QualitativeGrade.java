package cn.jixiao.evaluation.template;

/**
 * The three national grades an evaluator chooses between for a 定性 indicator, the default scale
 * ({@link QualitativeBands#nationalDefault()}): an English constant (the code the API, events and stored documents
 * carry) with the phrase the form prints as its {@link #label()}, the style of every enum with a Chinese label here
 * (see {@link Grade} for the one exception and why). A template may define its own scale (优/良/中/低/差, …), whose
 * codes are then the grades as printed: a grade is therefore carried as its code, a string.
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
