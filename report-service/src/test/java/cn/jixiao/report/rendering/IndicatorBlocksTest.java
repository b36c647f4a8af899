package cn.jixiao.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.LongForms;

class IndicatorBlocksTest {

    @Test
    void eachFirstLevelGroupOfTheSeedIsOneBlockWithItsSecondLevelGroupsInOrder() {
        List<IndicatorBlocks.Block> blocks = IndicatorBlocks.of(JinchenReportDocument.form().indicators()).blocks();
        assertThat(blocks).extracting(IndicatorBlocks.Block::category).containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(blocks).extracting(IndicatorBlocks.Block::rows).containsExactly(6, 3, 2);
        assertThat(blocks.get(0).groups()).extracting(IndicatorBlocks.Group::dimension)
                .containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
        assertThat(blocks.get(0).groups().get(0).rows()).extracting(row -> row.name()).containsExactly(
                "开展民族团结进步主题活动次数", "建成示范街区文化主题公园数量", "建成睦邻家园数量");
    }

    @Test
    void aFirstLevelGroupOfFifteenLinesIsStillOneBlock() {
        // 30 lines: 15 产出, 10 效益, 5 满意度
        assertThat(IndicatorBlocks.of(LongForms.indicators(30)).blocks()).extracting(IndicatorBlocks.Block::rows)
                .containsExactly(15, 10, 5);
    }

    @Test
    void aLongerFirstLevelGroupIsCutAtItsSecondLevelGroupsEachNamingTheFirstLevelAgain() {
        // 40 lines: 20 产出 in four 二级 groups of 5, then 13 效益 and 7 满意度
        List<IndicatorBlocks.Block> blocks = IndicatorBlocks.of(LongForms.indicators(40)).blocks();
        assertThat(blocks).extracting(IndicatorBlocks.Block::category)
                .containsExactly("产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标");
        assertThat(blocks).extracting(IndicatorBlocks.Block::rows).containsExactly(5, 5, 5, 5, 13, 7);
        assertThat(blocks.subList(0, 4)).allSatisfy(block -> assertThat(block.groups()).hasSize(1));
    }

    @Test
    void noIndicatorsMakeNoBlocks() {
        assertThat(IndicatorBlocks.of(List.of()).blocks()).isEmpty();
    }
}
