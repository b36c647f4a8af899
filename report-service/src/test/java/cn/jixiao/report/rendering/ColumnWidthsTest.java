package cn.jixiao.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void aShortLabelBesideLongTextsKeepsFourCharactersALine() {
        String longText = "三".repeat(30);
        // needs: 产出指标 4 × 2 × 10 + 20 = 100, the long texts 36 × 10 + 20 = 380 each (capped), 18.00 70
        int[] widths = ColumnWidths.fitting(600, List.of(List.of("产出指标", longText, "18.00", longText)), 10, 20);
        assertThat(widths[0]).isGreaterThanOrEqualTo(100);
        assertThat(widths[2]).isEqualTo(70);
        assertThat(widths[1]).isEqualTo(widths[3]);
        assertThat(Arrays.stream(widths).sum()).isEqualTo(600);
    }

    @Test
    void theFloorIsNoMoreThanTheColumnsOwnNeed() {
        String longText = "三".repeat(30);
        int[] widths = ColumnWidths.fitting(500, List.of(List.of("一", longText, longText, longText)), 10, 20);
        assertThat(widths[0]).isLessThan(100);
        assertThat(Arrays.stream(widths).sum()).isEqualTo(500);
    }

    @Test
    void whenEvenTheFloorsDoNotFitTheWidthsStayProportional() {
        String longText = "三".repeat(30);
        int[] widths = ColumnWidths.fitting(300, List.of(List.of(longText, longText, longText, longText)), 10, 20);
        assertThat(widths).containsExactly(75, 75, 75, 75);
    }
}
