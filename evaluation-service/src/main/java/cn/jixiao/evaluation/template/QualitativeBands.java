package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The score bands of the three qualitative grades, best first. Together they must cover 0–100% of the weight
 * without gaps or overlaps, so every score an evaluator enters belongs to exactly one grade.
 */
public record QualitativeBands(List<QualitativeBand> bands) {

    public QualitativeBands {
        bands = List.copyOf(bands);
    }

    /** 达成 80–100%, 部分达成 60% (inclusive) to 80%, 未达成 0–60%. */
    public static QualitativeBands nationalDefault() {
        return new QualitativeBands(List.of(
                QualitativeBand.of(QualitativeGrade.ACHIEVED, 80, 100),
                QualitativeBand.of(QualitativeGrade.PARTLY_ACHIEVED, 60, 80),
                QualitativeBand.of(QualitativeGrade.NOT_ACHIEVED, 0, 60)));
    }

    public QualitativeBand bandOf(QualitativeGrade grade) {
        return bands.stream().filter(band -> band.grade() == grade).findFirst().orElseThrow();
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<QualitativeGrade> seen = EnumSet.noneOf(QualitativeGrade.class);
        for (int i = 0; i < bands.size(); i++) {
            QualitativeBand band = bands.get(i);
            if (!seen.add(band.grade()) || band.grade().ordinal() != i) {
                problems.add("定性等级应按 达成、部分达成、未达成 的顺序各出现一次 (qualitative grades must be listed best first, each once)");
            }
            if (band.fromPercent().compareTo(band.toPercent()) >= 0) {
                problems.add("定性等级「" + band.grade().label() + "」的区间 " + band.describe()
                        + " 为空 (empty qualitative band)");
            }
            BigDecimal expectedTop = i == 0 ? Weights.HUNDRED : bands.get(i - 1).fromPercent();
            if (band.toPercent().compareTo(expectedTop) != 0) {
                problems.add("定性等级「" + band.grade().label() + "」的上限应为 " + expectedTop.toPlainString()
                        + "%，区间须首尾相接 (qualitative bands must be contiguous up to 100%)");
            }
        }
        if (seen.size() != QualitativeGrade.values().length) {
            problems.add("定性等级应包括 达成、部分达成、未达成 三档 (all three qualitative grades are needed)");
        } else if (bands.get(bands.size() - 1).fromPercent().signum() != 0) {
            problems.add("最低定性等级应从 0% 起 (the lowest qualitative band must start at 0%)");
        }
        return problems;
    }
}
