package cn.jixiao.project.indicators;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

/** What the indicator API tests share: the service, a client for the indicator endpoints, and the events it publishes. */
@ServiceTest
abstract class IndicatorApiSpecification {

    static final WebTestClientConfigurer JINCHEN = Tokens.streetEditor("panlong", "jinchen");

    @Autowired
    WebTestClient web;

    @Autowired
    EmbeddedKafkaBroker broker;

    IndicatorClient api;
    ProjectEventsRecorder events;

    @BeforeEach
    void listen() {
        api = new IndicatorClient(web);
        events = new ProjectEventsRecorder(broker);
    }

    @AfterEach
    void close() {
        events.close();
    }
}
