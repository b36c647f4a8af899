package cn.jixiao.devstack.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetTranslationTest {

    @Test
    void aGroupGoesOnAtTheSameRecordWhenTheOldLogStartedLaterOrHadGaps() {
        var translation = new OffsetTranslation();
        // the old log kept offsets 40, 41 and 43 (42 was a transaction marker); they are 0, 1 and 2 now
        translation.published(40, 0);
        translation.published(41, 1);
        translation.published(43, 2);

        assertThat(translation.translate(41)).as("next to read was 41").isEqualTo(1);
        assertThat(translation.translate(42)).as("next to read was the marker: the record after it").isEqualTo(2);
        assertThat(translation.translate(12)).as("behind the old log's start: its first record").isZero();
    }

    @Test
    void aGroupThatHadReadEverythingStaysAtTheEnd() {
        var translation = new OffsetTranslation();
        translation.published(7, 0);
        translation.published(8, 1);

        assertThat(translation.translate(9)).isEqualTo(2);
    }

    @Test
    void anEmptyPartitionTranslatesEveryOffsetToZero() {
        assertThat(new OffsetTranslation().translate(15)).isZero();
    }
}
