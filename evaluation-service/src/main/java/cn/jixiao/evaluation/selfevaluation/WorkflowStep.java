package cn.jixiao.evaluation.selfevaluation;

import java.util.EnumSet;
import java.util.Set;

import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.tenancy.Role;

import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.APPROVED;
import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.DRAFT;
import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.FINALIZED;
import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.RETURNED;
import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.SUBMITTED;
import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.UNDER_REVIEW;

/**
 * Everything a person can do to a self-evaluation: who may do it (the role, on the street's or on the
 * district's side), in which statuses, and where it leads. Edits that keep the status ({@link #SELF_ASSESS},
 * {@link #REVIEW_SCORE}) are steps too, so one table answers every "may I?".
 */
public enum WorkflowStep {

    /** The street's editor grades the 定性 indicators, marks indicators not applicable, explains a low rate. */
    SELF_ASSESS("自评", "self-assess", Role.STREET_EDITOR, EnumSet.of(DRAFT, RETURNED), null, false,
            EvaluationEvents.EVALUATION_SCORED),
    /** The street's approver sends it to the district. */
    SUBMIT("提交", "submit", Role.STREET_APPROVER, EnumSet.of(DRAFT, RETURNED), SUBMITTED, false,
            EvaluationEvents.EVALUATION_SUBMITTED),
    /** The district's overseer takes it under review. */
    START_REVIEW("开始复核", "start review", Role.DISTRICT_OVERSEER, EnumSet.of(SUBMITTED), UNDER_REVIEW, false,
            EvaluationEvents.EVALUATION_REVIEW_STARTED),
    /** The reviewer sets a 复核分 beside a self-score, with the reason. */
    REVIEW_SCORE("复核评分", "set a review score", Role.DISTRICT_OVERSEER, EnumSet.of(UNDER_REVIEW), null, true,
            EvaluationEvents.EVALUATION_SCORED),
    /** The reviewer sends it back to the street; the comments say what to change. */
    RETURN("退回", "return", Role.DISTRICT_OVERSEER, EnumSet.of(UNDER_REVIEW), RETURNED, true,
            EvaluationEvents.EVALUATION_RETURNED),
    APPROVE("通过", "approve", Role.DISTRICT_OVERSEER, EnumSet.of(UNDER_REVIEW), APPROVED, false,
            EvaluationEvents.EVALUATION_APPROVED),
    FINALIZE("定稿", "finalize", Role.DISTRICT_OVERSEER, EnumSet.of(APPROVED), FINALIZED, false,
            EvaluationEvents.EVALUATION_FINALIZED),
    /**
     * The district's overseer sets the template version this project's draft is scored under, among the
     * district's choosable ones (ADR 0008); a draft only, since a submitted score must not move under the
     * reviewer. The history entry names the versions before and after.
     */
    CHOOSE_TEMPLATE("选定计分模板", "choose the scoring template", Role.DISTRICT_OVERSEER, EnumSet.of(DRAFT), null,
            false, EvaluationEvents.EVALUATION_SCORED),
    /** Starts the next round as a new draft; the finalized round stays as it is. */
    REOPEN("重新开启", "reopen", Role.DISTRICT_OVERSEER, EnumSet.of(FINALIZED), DRAFT, false,
            EvaluationEvents.EVALUATION_REOPENED);

    private final String zh;
    private final String en;
    private final Role role;
    private final Set<EvaluationStatus> from;
    private final EvaluationStatus to;
    private final boolean commentRequired;
    private final EventType<EvaluationSnapshot> event;

    WorkflowStep(String zh, String en, Role role, Set<EvaluationStatus> from, EvaluationStatus to,
                 boolean commentRequired, EventType<EvaluationSnapshot> event) {
        this.zh = zh;
        this.en = en;
        this.role = role;
        this.from = from;
        this.to = to;
        this.commentRequired = commentRequired;
        this.event = event;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The role that may take the step; street roles act for their own street, the overseer for the district. */
    public Role role() {
        return role;
    }

    public boolean isStreetSide() {
        return role == Role.STREET_EDITOR || role == Role.STREET_APPROVER;
    }

    public boolean allowedIn(EvaluationStatus status) {
        return from.contains(status);
    }

    /** The status after the step: the same one for an edit. */
    public EvaluationStatus next(EvaluationStatus current) {
        return to == null ? current : to;
    }

    public boolean commentRequired() {
        return commentRequired;
    }

    /** The event that reports the step. */
    public EventType<EvaluationSnapshot> event() {
        return event;
    }
}
