package cn.jixiao.report.readmodel;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.MonitoringReviewed;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.JinchenMonitoring;

import static cn.jixiao.report.JinchenMonitoring.APPROVED_AT;
import static cn.jixiao.report.JinchenMonitoring.RESUBMITTED_AT;
import static cn.jixiao.report.JinchenMonitoring.RETURNED_AT;
import static cn.jixiao.report.JinchenMonitoring.SUBMITTED_AT;
import static org.assertj.core.api.Assertions.assertThat;

/** How a project's 绩效监控表 of a round keeps the latest submission and the review that answers it. */
class MonitoringRecordTest {

    private final JinchenEvents jinchen = new JinchenEvents();
    private final JinchenMonitoring round = new JinchenMonitoring(jinchen);
    private final MonitoringRecord opened = MonitoringRecord.opened(jinchen.projectId(), round.roundId(),
            JinchenEvents.DISTRICT, JinchenEvents.STREET);

    @Test
    void aSubmissionDeliveredTwiceIsKeptOnce() {
        MonitoringRecord once = opened.with(submitted(SUBMITTED_AT, "措施一"));

        assertThat(once.with(submitted(SUBMITTED_AT, "措施一"))).isSameAs(once);
        assertThat(once.submission().spending().measure()).isEqualTo("措施一");
        assertThat(once.reviewOfSubmission()).as("待审核").isNull();
    }

    @Test
    void aReviewDeliveredBeforeTheSubmissionItAnswersCountsOnceTheSubmissionArrives() {
        MonitoringRecord reviewedFirst = opened.with(review(APPROVED_AT, round.approved()));
        assertThat(reviewedFirst.submission()).isNull();

        MonitoringRecord settled = reviewedFirst.with(submitted(SUBMITTED_AT, "措施一"));

        assertThat(settled.reviewOfSubmission().approved()).isTrue();
        assertThat(settled).isEqualTo(opened.with(submitted(SUBMITTED_AT, "措施一")).with(review(APPROVED_AT,
                round.approved())));
    }

    @Test
    void aResubmissionAfterAReturnIsAwaitingReviewAgain() {
        MonitoringRecord returned = opened.with(submitted(SUBMITTED_AT, "措施一"))
                .with(review(RETURNED_AT, round.returned()));
        assertThat(returned.reviewOfSubmission().comment()).isEqualTo(JinchenMonitoring.RETURN_COMMENT);

        MonitoringRecord resubmitted = returned.with(submitted(RESUBMITTED_AT, "措施二（9月底前完成）"));

        assertThat(resubmitted.submission().spending().measure()).isEqualTo("措施二（9月底前完成）");
        assertThat(resubmitted.reviewOfSubmission()).as("the return answered the earlier submission").isNull();
    }

    @Test
    void anOlderSubmissionOrReviewArrivingLateChangesNothing() {
        MonitoringRecord latest = opened.with(submitted(RESUBMITTED_AT, "措施二"))
                .with(review(APPROVED_AT, round.approved()));

        assertThat(latest.with(submitted(SUBMITTED_AT, "措施一"))).isSameAs(latest);
        assertThat(latest.with(review(RETURNED_AT, round.returned()))).isSameAs(latest);
        assertThat(latest.reviewOfSubmission().approved()).isTrue();
    }

    private MonitoringRecord.Submission submitted(Instant at, String measure) {
        return ProjectEventMapping.monitoring(round.reported(measure), at);
    }

    private static MonitoringRecord.Review review(Instant at, MonitoringReviewed reviewed) {
        return ProjectEventMapping.review(reviewed, at);
    }
}
