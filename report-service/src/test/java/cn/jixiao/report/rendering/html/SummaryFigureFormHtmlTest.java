package cn.jixiao.report.rendering.html;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.SelfEvaluationForm;

import static org.assertj.core.api.Assertions.assertThat;

/** The form marks a 全年执行数 that is a summary figure under its funds block; a ledger's carries no mark. */
class SummaryFigureFormHtmlTest {

    private static String appendix(SelfEvaluationForm form) {
        StringBuilder out = new StringBuilder();
        SelfEvaluationFormHtml.appendix(form).writeTo(out);
        return out.toString();
    }

    @Test
    void aSummaryFigureIsFootnotedWithItsSource() {
        SelfEvaluationForm seed = JinchenReportDocument.form();
        SelfEvaluationForm summary = new SelfEvaluationForm(seed.year(), seed.projectName(), seed.competentDepartment(),
                seed.implementingUnit(), seed.funds(), seed.goals(), seed.indicators(), seed.total(), seed.gradeLabel(),
                seed.reviewTotal(), "全年执行数为汇总数，来源：部门决算");

        assertThat(appendix(summary)).endsWith("</table><p class=\"form-note\">注：全年执行数为汇总数，来源：部门决算。</p></div>");
        assertThat(appendix(seed)).doesNotContain("汇总数").endsWith("</table></div>");
    }
}
