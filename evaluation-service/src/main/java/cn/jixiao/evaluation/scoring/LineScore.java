package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/** What a rule gives for one line: the rounded score and the arithmetic that produced it. */
record LineScore(BigDecimal score, String explanation) {

    static LineScore full(BigDecimal weight, String reason) {
        BigDecimal score = Figures.points(weight);
        return new LineScore(score, reason + "：得满分 " + score);
    }

    static LineScore nothing(String reason) {
        return new LineScore(Figures.points(BigDecimal.ZERO), reason + "：得分 0.00");
    }
}
