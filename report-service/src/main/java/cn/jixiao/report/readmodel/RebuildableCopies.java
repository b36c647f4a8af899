package cn.jixiao.report.readmodel;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;

import cn.jixiao.messaging.replay.ReadModelRebuilder;
import cn.jixiao.messaging.replay.RebuildableReadModel;

/**
 * Which of report-service's data is a copy of other services' events, and so may be dropped and rebuilt from the
 * topics ({@link ReadModelRebuilder}; docs/operations.md, "Event retention and rebuilding read models").
 *
 * <p><b>Read models</b>, rebuilt: {@code report_projects} ({@link ProjectFacts}), {@code report_monitoring_forms}
 * ({@link MonitoringRecord}) and {@code report_monitoring_rounds} ({@link MonitoringRound}), from project-service's
 * events,
 * {@code report_evaluations} ({@link EvaluationRecord}) and {@code report_template_outlines}
 * ({@link TemplateOutline}), both from evaluation-service's events; and the processed-event records of their
 * consumer, {@value #CONSUMER}.
 *
 * <p><b>Owned by report-service, never dropped</b>: the street's texts of each report ({@code report_texts}),
 * the render jobs and stored report versions ({@code report_archives}) with their files in GridFS, and the
 * {@code report-service-renders} consumer's processed-event records, which say which finalizations were already
 * rendered (replaying them would render every final report again). No event could bring any of them back: they
 * are what the street typed and what was printed. The tenant bindings ({@code tenant_bindings}) stay too: they
 * are the service's memory of whom each aggregate belongs to (ADR 6), checked again by every replayed event.
 */
@Configuration(proxyBeanMethods = false)
class RebuildableCopies {

    /** The name both read-model feeds remember their applied events under. */
    static final String CONSUMER = "report-service";

    @Bean
    RebuildableReadModel reportReadModel(ProjectEventsFeed projects, EvaluationEventsFeed evaluations) {
        return new RebuildableReadModel("report-service read model", CONSUMER,
                List.of(ProjectFacts.COLLECTION, EvaluationRecord.COLLECTION, TemplateOutline.COLLECTION,
                        MonitoringRecord.COLLECTION, MonitoringRound.COLLECTION),
                List.of(projects.replayed(), evaluations.replayed()));
    }

    @Bean
    ReadModelRebuilder readModelRebuilder(RebuildableReadModel model, ReactiveMongoTemplate mongo,
                                          ConsumerFactory<?, ?> consumers, KafkaListenerEndpointRegistry listeners,
                                          Clock clock) {
        return new ReadModelRebuilder(model, mongo, consumers, listeners, clock);
    }
}
