package cn.jixiao.report.readmodel;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.JinchenEvents;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationRecordTest {

    private final JinchenEvents jinchen = new JinchenEvents();

    @Test
    void theSnapshotOfTheHighestRevisionIsKeptWhicheverStepItCameWith() {
        EvaluationRecord finalized = EvaluationRecord.of(jinchen.evaluation("FINALIZED", 7));

        assertThat(finalized.with(jinchen.evaluation("SUBMITTED", 5))).isSameAs(finalized);
        assertThat(finalized.with(jinchen.evaluation("FINALIZED", 7))).as("a redelivery").isSameAs(finalized);
        assertThat(finalized.isFinalized()).isTrue();
    }

    @Test
    void aNewerSnapshotReplacesTheOlder() {
        EvaluationRecord submitted = EvaluationRecord.of(jinchen.evaluation("SUBMITTED", 5));
        EvaluationRecord finalized = submitted.with(jinchen.evaluation("FINALIZED", 7));

        assertThat(finalized.revision()).isEqualTo(7);
        assertThat(finalized.isFinalized()).isTrue();
        assertThat(submitted.isFinalized()).isFalse();
    }
}
