package cn.jixiao.project.rectification;

import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.messaging.outbox.LocalRecipient;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.monitoring.MonitoringRedLines;
import cn.jixiao.project.project.FindingEntry;
import cn.jixiao.project.targets.TargetsReturnFinding;

/**
 * Opens the 整改 items of the findings other parts of the service write into their own documents' outboxes with the
 * change they come from ({@link FindingEntry}), handed over here by the outbox relay: the change and its findings are
 * one write, so a crash between the two loses nothing. The relay hands an entry over at least once; each finding is
 * named by its source and reference, and one handed over again opens nothing new.
 * <ul>
 *   <li>The district's return of the targets ({@link TargetsReturnFinding}): its comment, named by the entry.</li>
 *   <li>The district's review of a 绩效监控表 ({@link MonitoringRedLines}): each red line as submitted, named by the
 *       round and the line, so a form returned, resubmitted and approved opens no second item for a line.</li>
 * </ul>
 */
@Component
class OutboxFindings implements LocalRecipient {

    private final EventCodec codec = new EventCodec();
    private final Rectifications rectifications;

    OutboxFindings(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public String name() {
        return FindingEntry.RECIPIENT;
    }

    @Override
    public Mono<Void> receive(PendingEvent entry) {
        EventEnvelope<JsonNode> raw = entry.envelope();
        if (raw.is(TargetsReturnFinding.TYPE)) {
            return open(codec.payloadAs(raw, TargetsReturnFinding.TYPE), OutboxFindings::ofTargetsReturn);
        }
        if (raw.is(MonitoringRedLines.TYPE)) {
            return open(codec.payloadAs(raw, MonitoringRedLines.TYPE), OutboxFindings::ofRedLines);
        }
        return Mono.error(new IllegalArgumentException("no 整改 findings in a " + raw.type() + " v" + raw.version()));
    }

    private <P extends FindingEntry> Mono<Void> open(EventEnvelope<P> event,
                                                     Function<EventEnvelope<P>, List<Finding>> findings) {
        P about = event.payload();
        return rectifications.openFromFindings(new Rectification.ProjectRef(about.districtId(), about.streetId(),
                about.projectId(), about.projectCode(), about.year()), findings.apply(event)).then();
    }

    private static List<Finding> ofTargetsReturn(EventEnvelope<TargetsReturnFinding> event) {
        String comment = event.payload().comment();
        if (comment == null || comment.isBlank()) {
            return List.of(); // a return always has a comment; nothing to rectify without one
        }
        return List.of(new Finding(RectificationSource.TARGETS_RETURN, "targets-return/" + event.eventId(),
                "绩效目标退回意见：" + comment.strip()));
    }

    private static List<Finding> ofRedLines(EventEnvelope<MonitoringRedLines> event) {
        return event.payload().lines().stream().map(line -> new Finding(RectificationSource.MONITORING_RED,
                event.payload().roundId() + "/" + line.lineKey(), line.text())).toList();
    }
}
