package cn.jixiao.report.rendering.docx;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BandTest {

    @Test
    void proportionalWidthsAddUpToTheTotalExactly() {
        Band band = Band.proportional(1000, 1, 1, 1);
        assertThat(band.widths()).containsExactly(333, 333, 334);
        assertThat(band.total()).isEqualTo(1000);
        assertThat(band.offset(2)).isEqualTo(666);
    }

    @Test
    void whenEveryTextFitsTheSpareWidthIsSharedInProportionToTheNeeds() {
        // needs: 2 half-widths × 10 + 20 = 40 and 4 × 10 + 20 = 60
        Band band = Band.fitting(200, List.of(List.of("AB", "ABCD")), 10, 20);
        assertThat(band.widths()).containsExactly(80, 120);
    }

    @Test
    void whenLongTextsCrowdTheTableShortColumnsKeepTheirNeedAndTheLongOnesWrap() {
        String longText = "三".repeat(30);
        Band band = Band.fitting(600, List.of(List.of(longText, "18.00", longText)), 10, 20);
        // A text's need is capped at 36 half-widths: 36 × 10 + 20 = 380. 18.00 needs 5 × 10 + 20 = 70 and keeps
        // it; the two texts share the other 530 and wrap.
        assertThat(band.widths()).containsExactly(265, 70, 265);
    }

    @Test
    void aBandNeedsPositiveWidths() {
        assertThatThrownBy(() -> Band.of(100, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
