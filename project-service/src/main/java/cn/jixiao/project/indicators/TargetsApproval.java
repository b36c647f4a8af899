package cn.jixiao.project.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * The approval of a tree's targets as its document keeps it: the state and every step taken, oldest first, never
 * changed or removed afterwards. A tree stored before targets were approved reads as a draft without history.
 *
 * @param state       where the targets stand
 * @param history     each step: who took it, when, with what comment, and the tree's revision it concerned
 * @param adjustments every 目标调整 request of the approved targets, oldest first; only the last may be open, so a
 *                    project has at most one open request. A document stored before adjustments reads with none
 */
public record TargetsApproval(TargetsState state, List<Step> history, List<TargetsAdjustment> adjustments) {

    /** Before the first submission. */
    public static final TargetsApproval DRAFT = new TargetsApproval(TargetsState.DRAFT, List.of(), List.of());

    public TargetsApproval {
        state = state == null ? TargetsState.DRAFT : state;
        history = history == null ? List.of() : List.copyOf(history);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /** The request with the district now, if any. */
    public Optional<TargetsAdjustment> openAdjustment() {
        return adjustments.isEmpty() || !adjustments.get(adjustments.size() - 1).isOpen()
                ? Optional.empty() : Optional.of(adjustments.get(adjustments.size() - 1));
    }

    /** With a new request filed; the caller has made sure none is open. */
    public TargetsApproval withAdjustmentFiled(TargetsAdjustment filed) {
        if (openAdjustment().isPresent()) {
            throw new IllegalStateException("a target adjustment is already open");
        }
        List<TargetsAdjustment> all = new ArrayList<>(adjustments);
        all.add(filed);
        return new TargetsApproval(state, history, all);
    }

    /** With the open request approved or returned: it stays in the list, decided. */
    public TargetsApproval withAdjustmentDecided(TargetsAdjustment decided) {
        if (openAdjustment().isEmpty() || decided.isOpen()) {
            throw new IllegalStateException("no target adjustment open to decide");
        }
        List<TargetsAdjustment> all = new ArrayList<>(adjustments);
        all.set(all.size() - 1, decided);
        return new TargetsApproval(state, history, all);
    }

    /**
     * One step of the approval.
     *
     * @param from     the state before
     * @param to       the state after: which step it was (提交, 退回 or 批复) follows from it
     * @param actor    the login name of who took it
     * @param at       when
     * @param comment  what they wrote; always present on a return
     * @param revision the tree's revision the step concerned
     */
    public record Step(TargetsState from, TargetsState to, String actor, Instant at, String comment, long revision) {
    }

    /** The approval after one more step. */
    public TargetsApproval after(Step step) {
        List<Step> steps = new ArrayList<>(history);
        steps.add(step);
        return new TargetsApproval(step.to(), steps, adjustments);
    }

    /**
     * A change of the targets (the tree's structure, 年度指标值, weights, units, directions) while they are with the
     * district or approved: refused, whatever else the request holds. Actuals are not targets and are never refused
     * for this.
     */
    void refuseChangeOfTargets() {
        if (!state.locksTargets()) {
            return;
        }
        throw new ProblemException(HttpStatus.CONFLICT, "targets-locked",
                Bilingual.of("绩效目标已" + (state == TargetsState.APPROVED ? "批复" : "提交审核") + "，不能修改",
                        "Targets " + state.english() + ", cannot be changed"),
                Bilingual.of("绩效目标已提交审核/已批复，不能修改指标体系、年度指标值、分值、单位或指标方向；"
                                + (state == TargetsState.SUBMITTED ? "如需修改请等待区审核退回，" : "")
                                + "如需调整请提交目标调整申请；实际完成值仍可填报",
                        "The targets have been submitted for approval or approved: the indicators, their targets, "
                                + "weights, units and directions cannot be changed"
                                + (state == TargetsState.SUBMITTED ? "; wait for the district to return them" : "")
                                + "; to change them, file a target adjustment request. Actual values can still be reported"))
                .with("targetsState", state)
                .with("targetsStateLabel", state.label());
    }
}
