package cn.jixiao.project.monitoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.TestPropertySource;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.messaging.outbox.LocalRecipient;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.ApiSpecification;
import cn.jixiao.project.project.FindingEntry;
import cn.jixiao.project.rectification.RectificationSource;
import cn.jixiao.project.rectification.RectificationView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The district's review of a 绩效监控表 and the 整改 items of its red lines, with the outbox relay stopped: the review
 * writes its red lines into the form's own outbox in the review's one write, so a crash before they are handed over
 * loses nothing (they wait in the document), and rectification, handed the entry twice as the relay may, opens one
 * item per line.
 */
@TestPropertySource(properties = "jixiao.outbox.relay.enabled=false")
class MonitoringReviewOutboxTest extends ApiSpecification {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    List<LocalRecipient> recipients;

    final EventCodec codec = new EventCodec();

    @Test
    void theReviewWritesItsRedLinesIntoTheFormsOutboxAndRectificationOpensEachOnceHoweverOftenHandedOver() {
        MonitoringClient api = new MonitoringClient(web);
        String project = api.jinchenProject();
        MonitoringRound round = api.open(PANLONG, "2023年年中绩效监控", "2023-06-30", "2023-07-31", null);
        MonitoringForm filled = api.fill(JINCHEN, project, round.id(), null,
                new Explanation("设备采购合同7月签订，款项尚未支付", "7月底前完成设备采购付款"),
                List.of(new IndicatorEntry("activities", "3次", "8次", "文化活动中心修缮停用", "借用社区活动室"),
                        new IndicatorEntry("satisfaction", "未开展调查", "95%", null, null)))
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();
        MonitoringForm submitted = api.step(JINCHEN, project, round.id(), "submission", filled.version(), null)
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();
        assertThat(findingsOf(round.id(), project)).as("a submission is no review").isEmpty();

        api.step(PANLONG, project, round.id(), "approval", submitted.version(), null).expectStatus().isOk();

        List<PendingEvent> waiting = findingsOf(round.id(), project);
        assertThat(waiting).as("the review's red lines, in the form's own document").hasSize(1);
        MonitoringRedLines redLines = codec.payloadAs(waiting.get(0).envelope(), MonitoringRedLines.TYPE).payload();
        assertThat(redLines.roundId()).isEqualTo(round.id());
        assertThat(redLines.streetId()).isEqualTo("jinchen");
        assertThat(redLines.reviewedBy()).isEqualTo("panlong-overseer");
        assertThat(redLines.lines()).extracting(MonitoringRedLines.RedLine::lineKey)
                .containsExactly("spending", "activities");
        assertThat(api.rectifications(JINCHEN, project).items()).as("nothing opened before the hand-over").isEmpty();

        LocalRecipient rectification = recipients.stream()
                .filter(recipient -> recipient.name().equals(FindingEntry.RECIPIENT)).findFirst().orElseThrow();
        rectification.receive(waiting.get(0)).block();
        rectification.receive(waiting.get(0)).block();

        assertThat(api.rectifications(JINCHEN, project).items()).as("one item per red line, handed over twice")
                .extracting(RectificationView::source, RectificationView::reference)
                .containsExactly(tuple(RectificationSource.MONITORING_RED, round.id() + "/spending"),
                        tuple(RectificationSource.MONITORING_RED, round.id() + "/activities"));
    }

    private List<PendingEvent> findingsOf(String roundId, String projectId) {
        MonitoringReport stored = mongo.findById(MonitoringReport.idOf(roundId, projectId), MonitoringReport.class)
                .block();
        return stored.outbox().stream().filter(entry -> FindingEntry.RECIPIENT.equals(entry.recipient())
                && MonitoringRedLines.TYPE.name().equals(entry.type())).toList();
    }
}
