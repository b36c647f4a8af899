package cn.jixiao.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.MonitoringReported;
import cn.jixiao.contracts.project.MonitoringReviewed;
import cn.jixiao.contracts.project.MonitoringRoundOpened;
import cn.jixiao.contracts.project.ProjectEvents;

/**
 * 盘龙区's mid-year monitoring round of 2023 (data as of 30 June, due 31 July, margin 10 points) and the 金辰 seed
 * project's 绩效监控表 in it: 560,123.45 元 of 2,000,000.00 spent, 28.01 % against the linear plan's 50.00 %, red;
 * the activities behind (red), the participation without an expected value (yellow), the rest green. Each instance
 * is a new round of the given project.
 */
public final class JinchenMonitoring {

    public static final Instant OPENED_AT = Instant.parse("2023-07-01T01:00:00Z");
    public static final Instant SUBMITTED_AT = Instant.parse("2023-07-20T03:00:00Z");
    public static final Instant RETURNED_AT = Instant.parse("2023-07-22T03:00:00Z");
    public static final Instant RESUBMITTED_AT = Instant.parse("2023-07-25T03:00:00Z");
    public static final Instant APPROVED_AT = Instant.parse("2023-07-28T03:00:00Z");
    public static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    public static final Yuan EXECUTED = Yuan.parse("560123.45");
    public static final String SPENDING_CAUSE = "示范街区主题公园工程款按合同于竣工验收后支付，上半年仅支付预付款";
    public static final String SPENDING_MEASURE = "督促施工单位8月底前完成验收，9月支付进度款";
    public static final String ACTIVITIES_CAUSE = "主题公园施工占用活动场地，二季度2场活动未能举办";
    public static final String ACTIVITIES_MEASURE = "改在社区活动中心举办，三季度补办";
    public static final String RETURN_COMMENT = "纠偏措施请写明完成时限";

    private final String projectId;
    private final String roundId = "round-" + UUID.randomUUID();

    public JinchenMonitoring(JinchenEvents jinchen) {
        this.projectId = jinchen.projectId();
    }

    public String roundId() {
        return roundId;
    }

    public MonitoringRoundOpened opened() {
        return new MonitoringRoundOpened(roundId, JinchenEvents.DISTRICT, 2023, "2023年年中绩效监控", AS_OF,
                LocalDate.of(2023, 7, 31), BigDecimal.TEN, "panlong-overseer");
    }

    /** The form as the street submitted it; {@code measure} is the spending's 纠偏措施 (changed on resubmission). */
    public MonitoringReported reported(String measure) {
        return new MonitoringReported(roundId, projectId, JinchenEvents.DISTRICT, JinchenEvents.STREET, AS_OF,
                "jinchen-editor",
                new MonitoringReported.Spending(EXECUTED, JinchenEvents.TOTAL, new BigDecimal("28.01"),
                        new BigDecimal("50.00"), "LINEAR", BigDecimal.TEN, MonitoringLight.RED, SPENDING_CAUSE,
                        measure),
                // in the order the street's form lists them, not the form's 一级/二级 order
                List.of(new MonitoringReported.IndicatorLine("jc-residents", "辖区居民满意度", "≥90%", "93%", "≥90%",
                                MonitoringLight.GREEN, null, null),
                        new MonitoringReported.IndicatorLine("jc-activities", "开展民族团结进步主题活动次数", "≥10次", "3次",
                                "8次", MonitoringLight.RED, ACTIVITIES_CAUSE, ACTIVITIES_MEASURE),
                        new MonitoringReported.IndicatorLine("jc-participation", "各族群众参与主题活动人次", "≥3000人次",
                                "1150人次", null, MonitoringLight.YELLOW, "下半年活动计划尚未确定", "8月前确定活动计划"),
                        new MonitoringReported.IndicatorLine("jc-theme-parks",
                                "建成示范街区文化主题公园数量（悬壶水景、茶马古道、同心筑梦）", "=3个", "1个", "3个",
                                MonitoringLight.GREEN, null, null)));
    }

    public MonitoringReported reported() {
        return reported(SPENDING_MEASURE);
    }

    public MonitoringReviewed returned() {
        return new MonitoringReviewed(roundId, projectId, JinchenEvents.DISTRICT, JinchenEvents.STREET, "RETURNED",
                "panlong-overseer", RETURN_COMMENT);
    }

    public MonitoringReviewed approved() {
        return new MonitoringReviewed(roundId, projectId, JinchenEvents.DISTRICT, JinchenEvents.STREET, "APPROVED",
                "panlong-overseer", "同意");
    }

    public EventEnvelope<MonitoringRoundOpened> openedEvent() {
        return EventEnvelope.of(ProjectEvents.MONITORING_ROUND_OPENED, JinchenEvents.DISTRICT, OPENED_AT, opened());
    }

    public EventEnvelope<MonitoringReported> reportedEvent(Instant at, String measure) {
        return EventEnvelope.of(ProjectEvents.MONITORING_REPORTED, JinchenEvents.STREET, at, reported(measure));
    }

    public EventEnvelope<MonitoringReviewed> reviewedEvent(Instant at, MonitoringReviewed review) {
        return EventEnvelope.of(ProjectEvents.MONITORING_REVIEWED, JinchenEvents.STREET, at, review);
    }
}
