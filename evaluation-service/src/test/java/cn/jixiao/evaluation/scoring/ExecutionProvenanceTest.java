package cn.jixiao.evaluation.scoring;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.evaluation.template.ShippedTemplates;

import static org.assertj.core.api.Assertions.assertThat;

/** The execution line says where its 全年执行数 came from when it is not simply the ledger's. */
class ExecutionProvenanceTest {

    @Test
    void aSummaryFigureOpensTheExplanationWithItsSource() {
        ExecutionScore execution = ScoringEngine.score(ShippedTemplates.national(), new ScoringInput(
                new BudgetExecution(Yuan.parse("2000000.00"), Yuan.parse("2000000.00"), null,
                        "全年执行数取自部门决算（汇总数）"),
                Fixtures.nationalIndicatorsAllMet())).execution();

        assertThat(execution.score()).isEqualByComparingTo("10.00");
        assertThat(execution.explanation()).isEqualTo("全年执行数取自部门决算（汇总数）；"
                + "执行率 = 全年执行数 2,000,000.00 ÷ 全年预算数 2,000,000.00 = 100.00%；得分 = 100.00% × 10 = 10.00");
    }
}
