package cn.jixiao.report.archive;

import java.util.List;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.report.assembly.FinalRenderCheck;

/**
 * When a job may render. A draft may be previewed and stored at any time, with its missing parts marked 「未填写」;
 * a final report only as {@link FinalRenderCheck} allows, because it is what the street hands in and publishes.
 */
final class RenderRules {

    private RenderRules() {
    }

    /** Why the job may not render; empty when it may. */
    static List<Bilingual> refusal(RenderJob job, ReportSource source) {
        return job.finalReport() ? FinalRenderCheck.reasons(source.document(), source.finalized()) : List.of();
    }
}
