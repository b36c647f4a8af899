package cn.jixiao.project.redflags;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.project.redflags.rules.LedgerRow;
import cn.jixiao.project.redflags.rules.RedFlag;
import cn.jixiao.project.redflags.rules.RedFlagRule;

/** The red flags as the district's overseers and auditors read them. */
final class RedFlagViews {

    private RedFlagViews() {
    }

    @Schema(description = "一条规则及其阈值 / a rule and its threshold")
    record RuleView(RedFlagRule rule, String label, String threshold) {
    }

    @Schema(description = "一条审计线索：规则、阈值、发现、涉及的台账行、处理状态 / a flag: rule, threshold, finding, the rows behind it, status")
    record FlagView(
            @Schema(description = "稳定的线索标识（规则 + 涉及的凭证或收款人），重新计算后不变 / stable key") String key,
            RedFlagRule rule, String ruleLabel, String threshold, String finding, List<LedgerRow> rows,
            FlagStatus status, String statusLabel,
            @Schema(description = "区复核人员的处理：谁、何时、理由或整改事项 / the overseer's decision", nullable = true)
            FlagDecision decision) {

        static FlagView of(RedFlag flag, String threshold, FlagDecision decision) {
            FlagStatus status = decision == null ? FlagStatus.OPEN : decision.status();
            return new FlagView(flag.key(), flag.rule(), flag.rule().label(), threshold, flag.finding(), flag.rows(),
                    status, status.label(), decision);
        }
    }

    record ProjectFlags(String projectId, String projectCode, String projectName, String streetId, int year,
                        List<RuleView> rules, List<FlagView> flags,
                        @Schema(description = "已处理、但按当前台账已不再出现的线索的处理记录 / decisions whose flag no longer appears")
                        List<FlagDecision> earlierDecisions) {
    }

    @Schema(description = "一个项目的线索数：按规则、按状态 / a project's counts")
    record ProjectCounts(String projectId, String projectCode, String projectName, String streetId,
                         int total, Map<FlagStatus, Integer> byStatus, Map<RedFlagRule, Integer> byRule) {
    }

    @Schema(description = "一个街道的线索数 / a street's counts")
    record StreetCounts(String streetId, int total, int open, Map<RedFlagRule, Integer> byRule) {
    }

    record DistrictFlags(int year, List<RuleView> rules, Map<RedFlagRule, Integer> byRule,
                         List<StreetCounts> byStreet,
                         @Schema(description = "有线索的项目 / the projects with flags") List<ProjectCounts> projects) {
    }
}
