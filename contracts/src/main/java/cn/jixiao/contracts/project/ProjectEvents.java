package cn.jixiao.contracts.project;

import java.util.List;

import cn.jixiao.contracts.EventType;

/** The events project-service publishes on {@link cn.jixiao.contracts.Topics#PROJECT_EVENTS}. */
public final class ProjectEvents {

    public static final EventType<ProjectRegistered> PROJECT_REGISTERED =
            new EventType<>("ProjectRegistered", 1, ProjectRegistered.class);

    public static final EventType<ProjectUpdated> PROJECT_UPDATED =
            new EventType<>("ProjectUpdated", 1, ProjectUpdated.class);

    public static final EventType<BudgetChanged> BUDGET_CHANGED =
            new EventType<>("BudgetChanged", 1, BudgetChanged.class);

    /** v2: with the ledger's revision. What project-service publishes. */
    public static final EventType<ExpenditureRecorded> EXPENDITURE_RECORDED =
            new EventType<>("ExpenditureRecorded", 2, ExpenditureRecorded.class);

    /** v1, as published before the ledger's revision was added; reads with {@code revision} absent. */
    public static final EventType<ExpenditureRecorded> EXPENDITURE_RECORDED_V1 =
            new EventType<>("ExpenditureRecorded", 1, ExpenditureRecorded.class);

    /**
     * Every version of {@code ExpenditureRecorded} a consumer reads: v1 records stay on the topic after the
     * publisher moved to v2, and both read into the same record.
     */
    public static final List<EventType<ExpenditureRecorded>> EXPENDITURE_RECORDED_VERSIONS =
            List.of(EXPENDITURE_RECORDED_V1, EXPENDITURE_RECORDED);

    public static final EventType<IndicatorsDefined> INDICATORS_DEFINED =
            new EventType<>("IndicatorsDefined", 1, IndicatorsDefined.class);

    public static final EventType<ActualsReported> ACTUALS_REPORTED =
            new EventType<>("ActualsReported", 1, ActualsReported.class);

    /** 全年执行数 entered as a summary figure with its source, by a street without a ledger in Jixiao. */
    public static final EventType<ExecutionSummaryReported> EXECUTION_SUMMARY_REPORTED =
            new EventType<>("ExecutionSummaryReported", 1, ExecutionSummaryReported.class);

    public static final EventType<EvidenceAttached> EVIDENCE_ATTACHED =
            new EventType<>("EvidenceAttached", 1, EvidenceAttached.class);

    public static final EventType<EvidenceWithdrawn> EVIDENCE_WITHDRAWN =
            new EventType<>("EvidenceWithdrawn", 1, EvidenceWithdrawn.class);

    /** 绩效目标申报: the street submitted the project's targets to the district. */
    public static final EventType<TargetsSubmitted> TARGETS_SUBMITTED =
            new EventType<>("TargetsSubmitted", 1, TargetsSubmitted.class);

    /** 绩效目标退回: the district returned the targets with comments; the street may change them again. */
    public static final EventType<TargetsReturned> TARGETS_RETURNED =
            new EventType<>("TargetsReturned", 1, TargetsReturned.class);

    /** 绩效目标批复: the district approved the targets, which are locked from now on. */
    public static final EventType<TargetsApproved> TARGETS_APPROVED =
            new EventType<>("TargetsApproved", 1, TargetsApproved.class);

    /** 目标调整申请: the street asked to change approved targets, with its reason and the proposed tree. */
    public static final EventType<TargetsAdjustmentRequested> TARGETS_ADJUSTMENT_REQUESTED =
            new EventType<>("TargetsAdjustmentRequested", 1, TargetsAdjustmentRequested.class);

    /** 目标调整退回: the district returned the request with a comment; the targets in force stay. */
    public static final EventType<TargetsAdjustmentReturned> TARGETS_ADJUSTMENT_RETURNED =
            new EventType<>("TargetsAdjustmentReturned", 1, TargetsAdjustmentReturned.class);

    /** 目标调整批复: the district approved the request; the proposed targets are the targets in force. */
    public static final EventType<TargetsAdjusted> TARGETS_ADJUSTED =
            new EventType<>("TargetsAdjusted", 1, TargetsAdjusted.class);

    /** 绩效运行监控下达: the district opened a monitoring round for its streets' projects of a year. */
    public static final EventType<MonitoringRoundOpened> MONITORING_ROUND_OPENED =
            new EventType<>("MonitoringRoundOpened", 1, MonitoringRoundOpened.class);

    /** 绩效监控表提交: the street submitted a project's monitoring form with its lines, lights and explanations. */
    public static final EventType<MonitoringReported> MONITORING_REPORTED =
            new EventType<>("MonitoringReported", 1, MonitoringReported.class);

    /** 绩效监控审核: the district approved a submitted monitoring form or returned it with a comment. */
    public static final EventType<MonitoringReviewed> MONITORING_REVIEWED =
            new EventType<>("MonitoringReviewed", 1, MonitoringReviewed.class);

    /** 整改事项: an item was opened on a project, by the district's overseer or from a finding. */
    public static final EventType<RectificationOpened> RECTIFICATION_OPENED =
            new EventType<>("RectificationOpened", 1, RectificationOpened.class);

    /** 提交整改措施: the street answered an item with its measures. */
    public static final EventType<RectificationAnswered> RECTIFICATION_ANSWERED =
            new EventType<>("RectificationAnswered", 1, RectificationAnswered.class);

    /** 确认整改: the district confirmed the measures. */
    public static final EventType<RectificationConfirmed> RECTIFICATION_CONFIRMED =
            new EventType<>("RectificationConfirmed", 1, RectificationConfirmed.class);

    /** 退回整改: the district sent the item back to the street with a comment. */
    public static final EventType<RectificationSentBack> RECTIFICATION_SENT_BACK =
            new EventType<>("RectificationSentBack", 1, RectificationSentBack.class);

    private ProjectEvents() {
    }
}
