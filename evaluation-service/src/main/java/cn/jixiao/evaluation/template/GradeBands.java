package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The grade bands, best first. Each band is given by its lower bound only, so bands can neither overlap nor
 * leave a gap; the worst band must start at 0 so that every total gets a grade.
 */
public record GradeBands(List<GradeBand> bands) {

    public GradeBands {
        bands = List.copyOf(bands);
    }

    /** Central departments: 优 90–100, 良 80–<90, 中 60–<80, 差 <60. */
    public static GradeBands nationalDefault() {
        return new GradeBands(List.of(
                GradeBand.of(Grade.优, 90, "优秀"),
                GradeBand.of(Grade.良, 80, "良好"),
                GradeBand.of(Grade.中, 60, "中等"),
                GradeBand.of(Grade.差, 0, "差")));
    }

    /** The band a total falls in. */
    public GradeBand bandFor(BigDecimal total) {
        return bands.stream()
                .filter(band -> total.compareTo(band.minimumTotal()) >= 0)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("A total below 0 has no grade: " + total));
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (bands.isEmpty()) {
            problems.add("未设置自评等级 (no grade bands)");
            return problems;
        }
        for (int i = 0; i < bands.size(); i++) {
            GradeBand band = bands.get(i);
            if (band.label() == null || band.label().isBlank()) {
                problems.add("等级 " + band.grade() + " 缺少报告用语 (grade " + band.grade() + " has no label)");
            }
            if (band.minimumTotal().signum() < 0 || band.minimumTotal().compareTo(Weights.HUNDRED) > 0) {
                problems.add("等级 " + band.grade() + " 的起点 " + band.minimumTotal().toPlainString()
                        + " 不在 0–100 之间 (grade band lower bound outside 0–100)");
            }
            if (i > 0) {
                GradeBand better = bands.get(i - 1);
                if (band.grade().ordinal() <= better.grade().ordinal()) {
                    problems.add("等级应按 优、良、中、差 的顺序各出现一次，" + band.grade() + " 排在 " + better.grade()
                            + " 之后 (grades must be listed best first, each once)");
                }
                if (band.minimumTotal().compareTo(better.minimumTotal()) >= 0) {
                    problems.add("等级 " + band.grade() + " 的起点 " + band.minimumTotal().toPlainString() + " 不低于 "
                            + better.grade() + " 的起点 " + better.minimumTotal().toPlainString()
                            + "，等级区间重叠 (grade bands overlap)");
                }
            }
        }
        if (bands.get(bands.size() - 1).minimumTotal().signum() != 0) {
            problems.add("最低等级应从 0 分起，否则低分没有等级 (the lowest grade band must start at 0)");
        }
        return problems;
    }
}
