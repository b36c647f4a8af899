package cn.jixiao.project.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;

/**
 * A district's monitoring rounds, one small document per district keyed by the district: opening a round is one
 * versioned write of it with the round's event, and the district's rounds (and a street's, which are its
 * district's) are read by {@code _id}, never by scanning. A district opens a few rounds a year.
 *
 * @param districtId also the document id
 * @param rounds     oldest first
 */
@Document(DistrictRounds.COLLECTION)
record DistrictRounds(@Id String districtId, List<MonitoringRound> rounds, @Version Long version,
                      List<PendingEvent> outbox) implements HasOutbox {

    static final String COLLECTION = "monitoring_rounds";

    DistrictRounds {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        outbox = HasOutbox.kept(outbox);
    }

    static DistrictRounds none(String districtId) {
        return new DistrictRounds(districtId, List.of(), null, List.of());
    }

    Optional<MonitoringRound> round(String roundId) {
        return rounds.stream().filter(round -> round.id().equals(roundId)).findFirst();
    }

    DistrictRounds with(MonitoringRound opened, PendingEvent event) {
        List<MonitoringRound> all = new ArrayList<>(rounds);
        all.add(opened);
        return new DistrictRounds(districtId, all, version, HasOutbox.plus(outbox, event));
    }
}
