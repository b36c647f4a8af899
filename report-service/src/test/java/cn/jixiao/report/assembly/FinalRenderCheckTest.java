package cn.jixiao.report.assembly;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.texts.SectionTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FinalRenderCheckTest {

    private final JinchenEvents jinchen = new JinchenEvents();

    @Test
    void aCompleteReportPasses() {
        ReportDocument complete = ReportAssembler.assemble(new ReportInputs(jinchen.facts(),
                jinchen.evaluation("FINALIZED", 7), JinchenReportTexts.TEXTS, ReportOutline.standard()));

        assertThat(FinalRenderCheck.requireComplete(complete)).isSameAs(complete);
    }

    @Test
    void anIncompleteReportIsRefusedWith422ListingEveryMissingPartInChineseAndEnglish() {
        SectionTexts withoutSectionFive = new SectionTexts(JinchenReportTexts.TEXTS.purpose(),
                JinchenReportTexts.TEXTS.planning(), JinchenReportTexts.TEXTS.principlesAndMethods(),
                JinchenReportTexts.TEXTS.implementation(), JinchenReportTexts.TEXTS.mainAchievements(),
                JinchenReportTexts.TEXTS.performanceAnalysis(), JinchenReportTexts.TEXTS.goalsAchieved(), null, " ",
                JinchenReportTexts.TEXTS.suggestions());
        ReportDocument incomplete = ReportAssembler.assemble(new ReportInputs(jinchen.facts(), null,
                withoutSectionFive, ReportOutline.standard()));

        ProblemException refusal = catchThrowableOfType(ProblemException.class,
                () -> FinalRenderCheck.requireComplete(incomplete));

        assertThat(refusal.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        ProblemDetail problem = refusal.toProblemDetail();
        assertThat(problem.getDetail()).contains("自评得分及评价结果、主要经验及做法、存在的问题")
                .contains("self-evaluation score and grade, experience and practice, problems");
        assertThat(problem.getProperties()).containsEntry("missing", List.of(
                Map.of("zh", "自评得分及评价结果", "en", "self-evaluation score and grade"),
                Map.of("zh", "主要经验及做法", "en", "experience and practice"),
                Map.of("zh", "存在的问题", "en", "problems")));
    }
}
