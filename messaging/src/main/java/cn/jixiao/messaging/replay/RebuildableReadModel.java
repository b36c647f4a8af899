package cn.jixiao.messaging.replay;

import java.util.List;

/**
 * What a service declares about one of its read models so that it can be dropped and rebuilt from the topics.
 *
 * @param name        how operators and the progress call it, e.g. {@code report-service read model}
 * @param consumer    the name its feeds remember applied events under ({@code EventDispatcher.forConsumer}): its
 *                    processed-event records are dropped with it, or every replayed event would be skipped as
 *                    already applied
 * @param collections the collections that hold nothing but copies derived from the feeds' events; everything in
 *                    them is deleted. Never a collection with data the service owns (texts a user typed, rendered
 *                    files), which no event could bring back
 * @param feeds       every live feed that writes into those collections, one per topic
 */
public record RebuildableReadModel(String name, String consumer, List<String> collections, List<ReplayedFeed> feeds) {

    public RebuildableReadModel {
        collections = List.copyOf(collections);
        feeds = List.copyOf(feeds);
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("a read model rebuilt from events has at least one feed");
        }
    }

    public List<String> topics() {
        return feeds.stream().map(ReplayedFeed::topic).distinct().toList();
    }
}
