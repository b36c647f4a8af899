package cn.jixiao.project.rectification;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.messaging.outbox.LocalRecipient;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.targets.TargetsReturnFinding;

/**
 * Opens a 整改 item for the district's return comment on a project's targets, handed over by the outbox relay from
 * the tree's own outbox ({@link TargetsReturnFinding}). Each return is its own finding, named by the entry's event id:
 * the relay hands an entry over at least once, and one handed over again opens nothing new.
 */
@Component
class TargetsReturnFindings implements LocalRecipient {

    private final EventCodec codec = new EventCodec();
    private final Rectifications rectifications;

    TargetsReturnFindings(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public String name() {
        return TargetsReturnFinding.RECIPIENT;
    }

    @Override
    public Mono<Void> receive(PendingEvent entry) {
        EventEnvelope<TargetsReturnFinding> event = codec.payloadAs(entry.envelope(), TargetsReturnFinding.TYPE);
        TargetsReturnFinding returned = event.payload();
        if (returned.comment() == null || returned.comment().isBlank()) {
            return Mono.empty(); // a return always has a comment; nothing to rectify without one
        }
        Finding finding = new Finding(RectificationSource.TARGETS_RETURN, "targets-return/" + event.eventId(),
                "绩效目标退回意见：" + returned.comment().strip());
        return rectifications.openFromFindings(new Rectification.ProjectRef(returned.districtId(), returned.streetId(),
                returned.projectId(), returned.projectCode(), returned.year()), List.of(finding)).then();
    }
}
