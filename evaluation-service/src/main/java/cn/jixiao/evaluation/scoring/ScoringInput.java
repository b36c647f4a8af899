package cn.jixiao.evaluation.scoring;

import java.util.List;
import java.util.Objects;

/** Everything a self-evaluation is scored from, besides its template. */
public record ScoringInput(BudgetExecution budget, List<IndicatorEntry> indicators) {

    public ScoringInput {
        Objects.requireNonNull(budget, "budget");
        indicators = List.copyOf(indicators);
    }
}
