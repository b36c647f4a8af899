package cn.jixiao.report.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * When a report may be rendered. A draft may be previewed and stored at any time, with its missing parts
 * marked 「未填写」; a final report only for a finalized evaluation with every part written, because it is what
 * the street hands in and publishes.
 */
final class RenderRules {

    private RenderRules() {
    }

    /** Why the job may not render, in Chinese with the English after it; empty when it may. */
    static List<String> refusal(RenderJob job, ReportSource source) {
        List<String> reasons = new ArrayList<>();
        if (job.finalReport() && !source.finalized()) {
            reasons.add("评价尚未定稿，只能生成草稿 (the evaluation is not finalized: only a draft can be rendered)");
        }
        if (job.finalReport() && !source.document().isComplete()) {
            reasons.add("以下内容未填写：" + String.join("、", source.document().missing())
                    + " (not yet written: " + source.document().missing().size() + " part(s))");
        }
        return reasons;
    }
}
