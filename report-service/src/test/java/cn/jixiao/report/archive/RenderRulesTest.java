package cn.jixiao.report.archive;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.ReportDocument;

import static org.assertj.core.api.Assertions.assertThat;

class RenderRulesTest {

    private static final Instant NOON = Instant.parse("2024-03-20T04:00:00Z");

    @Test
    void aDraftMayBeRenderedAtAnyTimeWithItsGapsMarked() {
        RenderJob draft = RenderJob.queued("job", List.of("PDF"), false, 0, "jinchen-editor", NOON);

        assertThat(RenderRules.refusal(draft, source(false, JinchenReportDocument.draftMissingLessons()))).isEmpty();
    }

    @Test
    void aFinalReportOfAFinalizedCompleteEvaluationIsRendered() {
        RenderJob finalJob = RenderJob.queued("job", List.of("PDF"), true, 0, "system", NOON);

        assertThat(RenderRules.refusal(finalJob, source(true, JinchenReportDocument.finalReport()))).isEmpty();
    }

    @Test
    void aFinalReportIsRefusedWhileTheEvaluationIsNotFinalizedAndListsEveryMissingPart() {
        RenderJob finalJob = RenderJob.queued("job", List.of("PDF"), true, 0, "jinchen-editor", NOON);

        assertThat(RenderRules.refusal(finalJob, source(false, JinchenReportDocument.draftMissingLessons())))
                .containsExactly(
                        Bilingual.of("评价尚未定稿，只能生成草稿", "The evaluation is not finalized: only a draft can be rendered"),
                        Bilingual.of("以下内容未填写，不能生成正式报告：主要经验及做法",
                                "The final report cannot be rendered while these parts are missing: experience and practice"));
    }

    private static ReportSource source(boolean finalized, ReportDocument document) {
        return new ReportSource("project-1", "panlong", "jinchen", "MZTJ-2023-001", 2023, "eval-1", 1, 14,
                finalized, "national", 1, document);
    }
}
