package cn.jixiao.report.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the project's 绩效目标表 stands in the district's approval (绩效目标申报审核), from project-service's
 * TargetsSubmitted, TargetsReturned, TargetsApproved and TargetsAdjusted: the last submission and return, the
 * approval with the tree it approved, and every approved 目标调整 with its tree. The targets in force are the last
 * adjustment's tree, else the approved one; before approval there are none, and the report prints the project's
 * latest tree marked 未批复.
 *
 * <p>Every part is ordered by the tree's revision, so a redelivered or late event changes nothing.
 *
 * @param submitted   the latest submission (送审), {@code null} if never submitted
 * @param returned    the latest return (退回), {@code null} if never returned
 * @param approved    the approval (批复), {@code null} until the district approved
 * @param adjustments the approved 目标调整, in the order of their revisions
 */
public record PerformanceTargets(Step submitted, Step returned, Approval approved, List<Adjustment> adjustments) {

    /** Nothing heard of the project's targets yet. */
    public static final PerformanceTargets NONE = new PerformanceTargets(null, null, null, List.of());

    public PerformanceTargets {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /**
     * A submission or a return of the tree's {@code revision}.
     *
     * @param by      the login name of who did it
     * @param comment what they wrote with it; {@code null} for nothing
     * @param at      when it happened, as the event says
     */
    public record Step(long revision, String by, String comment, Instant at) {

        boolean isAfter(Step other) {
            return other == null || revision > other.revision
                    || revision == other.revision && at != null && other.at != null && at.isAfter(other.at);
        }
    }

    /**
     * The district's 批复 of the tree's {@code revision}.
     *
     * @param targets the approved tree
     */
    public record Approval(long revision, String approvedBy, String comment, Instant at, IndicatorPlan targets) {
    }

    /**
     * An approved 目标调整: the tree in force went from {@code revisionBefore} to {@code revision}.
     *
     * @param reason  调整原因, as the street gave it
     * @param at      when the district approved it
     * @param targets the tree in force after it
     */
    public record Adjustment(long revisionBefore, long revision, String reason, String requestedBy, String approvedBy,
                             String comment, Instant at, IndicatorPlan targets) {
    }

    /** With this submission, unless a later one (or this one) is known. */
    public PerformanceTargets withSubmitted(Step submission) {
        return submission.isAfter(submitted)
                ? new PerformanceTargets(submission, returned, approved, adjustments) : this;
    }

    /** With this return, unless a later one (or this one) is known. */
    public PerformanceTargets withReturned(Step giveBack) {
        return giveBack.isAfter(returned) ? new PerformanceTargets(submitted, giveBack, approved, adjustments) : this;
    }

    /** With this approval; targets are approved once, so a second delivery (or a lower revision) changes nothing. */
    public PerformanceTargets withApproved(Approval approval) {
        if (approved != null && approved.revision() >= approval.revision()) {
            return this;
        }
        return new PerformanceTargets(submitted, returned, approval, adjustments);
    }

    /** With this adjustment, unless it is known already (by the revision it put in force). */
    public PerformanceTargets withAdjusted(Adjustment adjustment) {
        if (adjustments.stream().anyMatch(known -> known.revision() == adjustment.revision())) {
            return this;
        }
        List<Adjustment> all = new ArrayList<>(adjustments);
        all.add(adjustment);
        all.sort(Comparator.comparingLong(Adjustment::revision));
        return new PerformanceTargets(submitted, returned, approved, all);
    }

    /** Whether the district has approved the targets (an adjustment is approved too). */
    public boolean isApproved() {
        return approved != null || !adjustments.isEmpty();
    }

    /** The approved tree in force: the last adjustment's, else the approval's; {@code null} before approval. */
    public IndicatorPlan inForce() {
        if (!adjustments.isEmpty()) {
            return adjustments.get(adjustments.size() - 1).targets();
        }
        return approved == null ? null : approved.targets();
    }

    /** Whether the district's latest word on a submission was to return it (and nothing was submitted since). */
    public boolean isReturned() {
        return !isApproved() && returned != null && (submitted == null || !submitted.isAfter(returned));
    }

    /** Whether the targets wait for the district's approval. */
    public boolean isAwaitingApproval() {
        return !isApproved() && submitted != null && !isReturned();
    }
}
