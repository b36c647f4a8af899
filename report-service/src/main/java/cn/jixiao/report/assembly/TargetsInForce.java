package cn.jixiao.report.assembly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.jixiao.report.readmodel.IndicatorPlan;
import cn.jixiao.report.readmodel.PerformanceTargets;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.Score;
import cn.jixiao.report.texts.SectionTexts;

/**
 * Which targets the report and the forms print, and what they say about them: the approved targets in force
 * (the last 目标调整's, else the 批复's) once the district approved them, else the project's latest tree; and the
 * note that tells the reader which ones they are.
 */
final class TargetsInForce {

    /** The district's calendar: an approval at 23:30 UTC was given the next morning in Beijing. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private TargetsInForce() {
    }

    /** The tree the forms list: the approved targets in force, else the latest defined; {@code null} for none. */
    static IndicatorPlan shown(ProjectFacts project) {
        IndicatorPlan inForce = project.targets().inForce();
        return inForce != null ? inForce : project.indicators();
    }

    /**
     * The note under the self-evaluation's indicators once targets were approved, e.g. 本表绩效指标及年度指标值为
     * 2023年3月1日批复的绩效目标；2023年7月10日经目标调整（调整原因：…），以调整后的目标为准; {@code null} before approval.
     * Where the evaluation was scored against other targets than those in force, the note says so instead of
     * claiming the rows are the approved ones.
     */
    static String note(ProjectFacts project, Score score) {
        PerformanceTargets targets = project.targets();
        if (!targets.isApproved()) {
            return null;
        }
        String approved = (targets.approved() == null ? "" : date(targets.approved().at())) + "批复";
        List<String> adjustments = new ArrayList<>();
        for (PerformanceTargets.Adjustment adjustment : targets.adjustments()) {
            adjustments.add(date(adjustment.at()) + "经目标调整（调整原因：" + reason(adjustment) + "）");
        }
        String adjusted = adjustments.isEmpty() ? "" : "；" + String.join("；", adjustments) + "，以调整后的目标为准";
        if (score != null && !score.indicators().isEmpty() && !scoredAgainst(targets.inForce(), score)) {
            return "绩效目标" + approved + adjusted + "；本表所列为评分所用的指标及指标值，与批复的绩效目标不一致";
        }
        return "本表绩效指标及年度指标值为" + approved + "的绩效目标" + adjusted;
    }

    /** Whether every scored line is an indicator in force with the same 年度指标值, and none in force is left out. */
    private static boolean scoredAgainst(IndicatorPlan inForce, Score score) {
        Map<String, String> targets = inForce.indicators().stream().collect(Collectors.toMap(
                IndicatorPlan.Indicator::id, indicator -> Objects.toString(indicator.target().text(), ""), (a, b) -> a));
        return score.indicators().size() == targets.size() && score.indicators().stream().allMatch(line ->
                targets.containsKey(line.indicatorId())
                        && targets.get(line.indicatorId()).equals(Objects.toString(line.targetText(), "")));
    }

    private static String reason(PerformanceTargets.Adjustment adjustment) {
        return SectionTexts.isWritten(adjustment.reason()) ? adjustment.reason().strip() : "未说明";
    }

    /** 2023年3月1日, in China's calendar; 「—」 when unknown. */
    static String date(Instant at) {
        if (at == null) {
            return "—";
        }
        return date(at.atZone(CHINA).toLocalDate());
    }

    /** 2023年6月30日; 「—」 when unknown. */
    static String date(LocalDate day) {
        if (day == null) {
            return "—";
        }
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
