package cn.jixiao.evaluation.selfevaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link SelfEvaluation} stands in the review workflow and every step that brought it there.
 *
 * @param status  the current status
 * @param history every step taken, oldest first
 */
public record WorkflowState(EvaluationStatus status, List<HistoryEntry> history) {

    public WorkflowState {
        status = status == null ? EvaluationStatus.DRAFT : status;
        history = history == null ? List.of() : List.copyOf(history);
    }

    static WorkflowState draft() {
        return new WorkflowState(EvaluationStatus.DRAFT, List.of());
    }

    /** After this step, recorded in the history. */
    WorkflowState after(HistoryEntry step) {
        List<HistoryEntry> steps = new ArrayList<>(history);
        steps.add(step);
        return new WorkflowState(step.to(), steps);
    }
}
