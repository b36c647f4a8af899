package cn.jixiao.project.indicators;

import cn.jixiao.problems.Bilingual;

/** A target or actual value that cannot be read, with the reason told to the person who wrote it. */
public class UnreadableValue extends RuntimeException {

    private final Bilingual reason;

    public UnreadableValue(Bilingual reason) {
        super(reason.en());
        this.reason = reason;
    }

    public Bilingual reason() {
        return reason;
    }
}
