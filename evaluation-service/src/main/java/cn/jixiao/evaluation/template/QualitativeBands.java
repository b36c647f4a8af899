package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A template's qualitative scale: its grades, best first, each with its score band. The national three
 * (达成 / 部分达成 / 未达成) are the default; a template may grade 优/良/中/低/差, 好/较好/一般/差 or any other scale.
 * Together the bands must cover 0–100% of the weight without gaps or overlaps, so every score an evaluator enters
 * belongs to exactly one grade.
 */
public record QualitativeBands(List<QualitativeBand> bands) {

    public QualitativeBands {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** 达成 80–100%, 部分达成 60% (inclusive) to 80%, 未达成 0–60%. */
    public static QualitativeBands nationalDefault() {
        return new QualitativeBands(List.of(
                QualitativeBand.of(QualitativeGrade.ACHIEVED, 80, 100),
                QualitativeBand.of(QualitativeGrade.PARTLY_ACHIEVED, 60, 80),
                QualitativeBand.of(QualitativeGrade.NOT_ACHIEVED, 0, 60)));
    }

    public QualitativeBand bandOf(QualitativeGrade grade) {
        return bandOf(grade.name());
    }

    /** @throws IllegalArgumentException when the scale has no such grade; {@link #find} when that is possible */
    public QualitativeBand bandOf(String grade) {
        return find(grade).orElseThrow(() -> new IllegalArgumentException("No qualitative grade " + grade));
    }

    public Optional<QualitativeBand> find(String grade) {
        return bands.stream().filter(band -> band.grade().equals(grade)).findFirst();
    }

    /** The grades as the refusal lists them, e.g. "优、良、中、低、差". */
    public String gradesListed() {
        return String.join("、", bands.stream().map(QualitativeBand::label).toList());
    }

    /** The grade codes, e.g. "ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED". */
    public String codesListed() {
        return String.join(", ", bands.stream().map(QualitativeBand::grade).toList());
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (bands.isEmpty()) {
            problems.add("定性指标至少需要一个等级 (a qualitative scale needs at least one grade)");
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            QualitativeBand band = bands.get(i);
            if (band.grade() == null || band.grade().isBlank()) {
                problems.add("定性等级缺少名称 (a qualitative grade has no name)");
                continue;
            }
            if (!seen.add(band.grade())) {
                problems.add("定性等级「" + band.label() + "」重复 (qualitative grade listed twice)");
            }
            if (band.fromPercent() == null || band.toPercent() == null) {
                problems.add("定性等级「" + band.label() + "」缺少得分区间 (qualitative band without bounds)");
                continue;
            }
            if (band.fromPercent().signum() < 0 || band.toPercent().compareTo(Weights.HUNDRED) > 0) {
                problems.add("定性等级「" + band.label() + "」的区间 " + band.describe()
                        + " 超出分值的 0%–100% (qualitative band outside 0–100% of the weight)");
            }
            if (band.fromPercent().compareTo(band.toPercent()) >= 0) {
                problems.add("定性等级「" + band.label() + "」的区间 " + band.describe()
                        + " 为空 (empty qualitative band)");
            }
            BigDecimal expectedTop = i == 0 ? Weights.HUNDRED : bands.get(i - 1).fromPercent();
            if (expectedTop != null && band.toPercent().compareTo(expectedTop) != 0) {
                problems.add("定性等级「" + band.label() + "」的上限应为 " + expectedTop.stripTrailingZeros().toPlainString()
                        + "%，区间须从高到低首尾相接、互不重叠 (qualitative bands must be listed best first, "
                        + "contiguous up to 100%, without overlap)");
            }
        }
        BigDecimal lowest = bands.get(bands.size() - 1).fromPercent();
        if (lowest != null && lowest.signum() != 0) {
            problems.add("最低定性等级应从 0% 起 (the lowest qualitative band must start at 0%)");
        }
        return problems;
    }
}
