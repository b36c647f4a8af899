package cn.jixiao.project;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.project.indicators.ProjectEventsRecorder;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

/**
 * What the API tests of a project's workflows share: the service, the accounts of 盘龙区 and its streets 金辰 and 拓东
 * (and of another district, 五华区), and the events the service publishes, recorded from the embedded broker.
 */
@ServiceTest
public abstract class ApiSpecification {

    public static final WebTestClientConfigurer JINCHEN = Tokens.streetEditor("panlong", "jinchen");
    public static final WebTestClientConfigurer JINCHEN_APPROVER =
            Tokens.user("panlong-jinchen-approver", "/panlong/jinchen", "street-approver");
    public static final WebTestClientConfigurer TUODONG = Tokens.streetEditor("panlong", "tuodong");
    public static final WebTestClientConfigurer PANLONG = Tokens.overseer("panlong");
    public static final WebTestClientConfigurer PANLONG_AUDITOR = Tokens.auditor("panlong");
    public static final WebTestClientConfigurer WUHUA = Tokens.overseer("wuhua");

    @Autowired
    protected WebTestClient web;

    @Autowired
    protected EmbeddedKafkaBroker broker;

    protected ProjectEventsRecorder events;

    @BeforeEach
    void listen() {
        // a step waits for its write and the relay; a busy build machine needs more than the default 5 seconds
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        events = new ProjectEventsRecorder(broker);
    }

    @AfterEach
    void close() {
        events.close();
    }
}
