package cn.jixiao.report.assembly;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HeadingNumbersTest {

    @Test
    void chaptersAreNumberedInChineseNumeralsWithAPause() {
        assertThat(HeadingNumbers.chapter(1)).isEqualTo("一、");
        assertThat(HeadingNumbers.chapter(6)).isEqualTo("六、");
        assertThat(HeadingNumbers.chapter(10)).isEqualTo("十、");
        assertThat(HeadingNumbers.chapter(11)).isEqualTo("十一、");
        assertThat(HeadingNumbers.chapter(20)).isEqualTo("二十、");
        assertThat(HeadingNumbers.chapter(23)).isEqualTo("二十三、");
    }

    @Test
    void sectionsAreChineseNumeralsInFullWidthBrackets() {
        assertThat(HeadingNumbers.section(1)).isEqualTo("（一）");
        assertThat(HeadingNumbers.section(4)).isEqualTo("（四）");
        assertThat(HeadingNumbers.section(12)).isEqualTo("（十二）");
    }

    @Test
    void itemsAreArabicWithAPointAndEnumerationsAreBracketed() {
        assertThat(HeadingNumbers.item(3)).isEqualTo("3.");
        assertThat(HeadingNumbers.enumerated(2)).isEqualTo("（2）");
    }

    @Test
    void numbersOutsideOneToNinetyNineAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> HeadingNumbers.chapter(0));
        assertThatIllegalArgumentException().isThrownBy(() -> HeadingNumbers.chapter(100));
    }
}
