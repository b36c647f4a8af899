package cn.jixiao.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.SelfEvaluationForm;
import cn.jixiao.report.document.LongForms;

class IndicatorBlocksTest {

    @Test
    void eachFirstLevelGroupOfTheSeedIsOneBlockWithItsSecondLevelGroupsInOrder() {
        List<IndicatorBlocks.Block<SelfEvaluationForm.IndicatorRow>> blocks = IndicatorBlocks.of(JinchenReportDocument.form().indicators()).blocks();
        assertThat(blocks).extracting(IndicatorBlocks.Block<SelfEvaluationForm.IndicatorRow>::category).containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(blocks).extracting(IndicatorBlocks.Block<SelfEvaluationForm.IndicatorRow>::rows).containsExactly(6, 3, 2);
        assertThat(blocks.get(0).groups()).extracting(IndicatorBlocks.Group<SelfEvaluationForm.IndicatorRow>::dimension)
                .containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
        assertThat(blocks.get(0).groups().get(0).rows()).extracting(row -> row.name()).containsExactly(
                "开展民族团结进步主题活动次数", "建成示范街区文化主题公园数量", "建成睦邻家园数量");
    }

    @Test
    void aFirstLevelGroupOfFifteenLinesIsStillOneBlock() {
        // 30 lines: 15 产出, 10 效益, 5 满意度
        assertThat(IndicatorBlocks.of(LongForms.indicators(30)).blocks()).extracting(IndicatorBlocks.Block<SelfEvaluationForm.IndicatorRow>::rows)
                .containsExactly(15, 10, 5);
    }

    @Test
    void aLongerFirstLevelGroupIsCutAtItsSecondLevelGroupsEachNamingTheFirstLevelAgain() {
        // 40 lines: 20 产出 in four 二级 groups of 5, then 13 效益 and 7 满意度
        List<IndicatorBlocks.Block<SelfEvaluationForm.IndicatorRow>> blocks = IndicatorBlocks.of(LongForms.indicators(40)).blocks();
        assertThat(blocks).extracting(IndicatorBlocks.Block<SelfEvaluationForm.IndicatorRow>::category)
                .containsExactly("产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标");
        assertThat(blocks).extracting(IndicatorBlocks.Block<SelfEvaluationForm.IndicatorRow>::rows).containsExactly(5, 5, 5, 5, 13, 7);
        assertThat(blocks.subList(0, 4)).allSatisfy(block -> assertThat(block.groups()).hasSize(1));
    }

    @Test
    void eachRowIsPlacedWhereItsMergedCellsOpenAndWhereItsBlockEnds() {
        List<IndicatorBlocks.Placed<SelfEvaluationForm.IndicatorRow>> placed =
                IndicatorBlocks.of(JinchenReportDocument.form().indicators()).placed();

        assertThat(placed).hasSize(11);
        assertThat(placed).extracting(IndicatorBlocks.Placed::firstOfBlock)
                .containsExactly(true, false, false, false, false, false, true, false, false, true, false);
        assertThat(placed).extracting(IndicatorBlocks.Placed::lastOfBlock)
                .containsExactly(false, false, false, false, false, true, false, false, true, false, true);
        // 数量 ×3, 质量, 时效, 成本; 社会效益 ×2, 可持续影响; 服务对象满意度 ×2
        assertThat(placed).extracting(IndicatorBlocks.Placed::firstOfGroup)
                .containsExactly(true, false, false, true, true, true, true, false, true, true, false);
        assertThat(placed.get(7).group().dimension()).isEqualTo("社会效益指标");
        assertThat(placed.get(7).block().rows()).isEqualTo(3);
    }

    @Test
    void noIndicatorsMakeNoBlocks() {
        assertThat(IndicatorBlocks.of(List.of()).blocks()).isEmpty();
    }
}
