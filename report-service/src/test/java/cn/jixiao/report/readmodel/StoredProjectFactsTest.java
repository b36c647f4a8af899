package cn.jixiao.report.readmodel;

import java.time.Instant;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.report.JinchenEvents;
import cn.jixiao.testing.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model's documents keep their field names now that it stores its own records: a project stored while it
 * still kept project-service's event records reads as the same facts, with no migration.
 */
@ServiceTest
class StoredProjectFactsTest {

    private static final Instant REGISTERED = Instant.parse("2023-01-05T02:00:00Z");

    @Autowired
    ReactiveMongoTemplate mongo;

    private final JinchenEvents jinchen = new JinchenEvents();

    @Test
    void aProjectStoredAsTheEventsWereReadsAsTheSameFacts() {
        Document stored = new Document("_id", jinchen.projectId())
                .append("districtId", JinchenEvents.DISTRICT)
                .append("tenantId", JinchenEvents.STREET)
                .append("registration", asStored(jinchen.registered()))
                .append("registeredAt", REGISTERED)
                .append("details", asStored(jinchen.updated()))
                .append("budget", asStored(jinchen.budget()))
                .append("ledger", asStored(jinchen.ledger().totals()))
                .append("ledgerAsOf", REGISTERED.plusSeconds(3600))
                .append("indicators", asStored(jinchen.indicators()))
                .append("actuals", asStored(jinchen.actuals()))
                .append("evidence", jinchen.facts().evidence().stream().map(this::asStored).toList())
                .append("version", 3L);
        mongo.insert(stored, ProjectFacts.COLLECTION).block();

        ProjectFacts read = mongo.findById(jinchen.projectId(), ProjectFacts.class).block();

        assertThat(read).usingRecursiveComparison().ignoringFields("version").isEqualTo(jinchen.facts());
        assertThat(read.version()).isEqualTo(3L);
    }

    private Document asStored(Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        // stored nested in the facts, whose declared types they were, the records carried no type hint
        document.remove("_class");
        return document;
    }
}
