package cn.jixiao.contracts.project;

import java.time.LocalDate;

/**
 * A 整改 item was opened on a project: by the district's overseer ({@code MANUAL}) or from a finding —
 * {@code REVIEW_DEDUCTION} (a line's 复核分 below its self-score; reference evaluation/line), {@code MONITORING_RED} (a
 * red line of a reviewed 绩效监控表; reference round/line), {@code TARGETS_RETURN}, {@code EVALUATION_RETURN},
 * {@code RED_FLAG} (a 审计线索 of the ledger the overseer turned into an item; reference the flag's key, and who turned it
 * is in the project's audit trail, not in {@code openedBy}).
 *
 * @param reference    names the finding within its source, one item per project and reference; {@code null} for
 *                     {@code MANUAL}
 * @param deadlineDays the default number of days the deadline was set by, {@code null} when the overseer set it
 * @param openedBy     the overseer's login name, {@code null} when opened from a finding
 */
public record RectificationOpened(String rectificationId, String projectId, String districtId, String streetId,
                                  String projectCode, int year, String source, String reference, String finding,
                                  LocalDate deadline, Integer deadlineDays, String openedBy) {
}
