package cn.jixiao.testing;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.kafka.core.KafkaTemplate;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;

/** Publishes project-service's events the way its outbox relay does, for the consumers' tests. */
public final class ProjectEventsFixture {

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec = new EventCodec();

    public ProjectEventsFixture(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    public static EventEnvelope<ProjectRegistered> registered(String district, String street, String code) {
        String projectId = UUID.randomUUID().toString();
        return EventEnvelope.of(ProjectEvents.PROJECT_REGISTERED, street, Instant.parse("2023-01-05T02:00:00Z"),
                new ProjectRegistered(projectId, district, street, code, "创建全省民族团结进步示范街道专项资金", 2023,
                        "昆明市盘龙区人民政府" + street + "街道办事处", "昆明市盘龙区人民政府" + street + "街道办事处"));
    }

    public void publish(EventEnvelope<ProjectRegistered> event) throws Exception {
        publish(event.payload().projectId(), event);
    }

    /** Publishes any of project-service's events, keyed by its project as the outbox relay keys them. */
    public void publish(String projectId, EventEnvelope<?> event) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.PROJECT_EVENTS, projectId, codec.write(event)))
                .get(10, TimeUnit.SECONDS);
    }
}
