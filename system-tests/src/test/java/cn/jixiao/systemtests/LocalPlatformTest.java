package cn.jixiao.systemtests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import cn.jixiao.devstack.FreePorts;
import cn.jixiao.devstack.KafkaBroker;
import cn.jixiao.devstack.KeycloakServer;
import cn.jixiao.devstack.MongoWireServer;
import cn.jixiao.devstack.RepoRoot;
import cn.jixiao.devstack.Service;
import cn.jixiao.devstack.ServiceEnvironment;
import cn.jixiao.devstack.ServiceFleet;
import cn.jixiao.devstack.ServicePorts;
import cn.jixiao.systemtests.forms.FormsAsPrintedThread;
import cn.jixiao.systemtests.isolation.IsolationMatrix;
import cn.jixiao.systemtests.onboarding.TenantOnboardingThread;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thread on this machine's platform, without Docker: the real Keycloak distribution on a fresh database,
 * the local stack's KRaft broker (each service logs in as its own principal and may write only its own topics),
 * the MongoDB-protocol server, and the four services' jars.
 * Process logs are kept in {@code system-tests/target/e2e-logs}.
 */
// The matrix runs last: its own-street cells of the tenant routes disable and enable the demo streets.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformTest extends EndToEndThread {

    private KafkaBroker kafka;
    private MongoWireServer mongo;
    private KeycloakServer keycloak;
    private ServiceFleet services;
    private ServiceEnvironment environment;

    @BeforeAll
    void startPlatform() throws IOException {
        Path logs = Files.createDirectories(Path.of("target/e2e-logs"));
        kafka = KafkaBroker.start(FreePorts.next(), FreePorts.next(), Files.createTempDirectory("kafka-e2e"), logs);
        mongo = MongoWireServer.inMemory();
        String mongoUri = mongo.startOnFreePort();
        keycloak = KeycloakServer.start(FreePorts.next(), FreePorts.next(), Files.createTempDirectory("keycloak-e2e"), logs);
        environment = new ServiceEnvironment(ServicePorts.free(), keycloak.issuer(), mongoUri, kafka);
        // the four boot together beside Keycloak and the broker: on a busy two-core machine that takes longer than 90 s
        services = ServiceFleet.start(RepoRoot.find(Path.of("")), environment, logs, Duration.ofMinutes(4));
    }

    @AfterAll
    void stopPlatform() {
        if (services != null) {
            services.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    /** On the same started platform: a street onboarded by API, signed into on Keycloak's pages, disabled, enabled. */
    @Test
    void aStreetOnboardedByApiSignsInWorksAndIsDisabledAndEnabledAgain() {
        new TenantOnboardingThread(platform().gatewayUrl(), platform().projectServiceUrl(), platform().tokenEndpoint()).run();
    }

    /**
     * On the same started platform: published 项目支出绩效自评表 typed in as printed, completed, scored and compared
     * with the printed scores; and the refusals that stay, naming their cell (issue #17).
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void formsAsPrintedSaveAsDraftsAndScoreAsPrinted() {
        FormsAsPrintedThread.Outcome forms = new FormsAsPrintedThread(platform().gatewayUrl(), platform().tokenEndpoint()).run();
        System.out.println("Forms as printed: " + forms.summary());
        assertThat(forms.holds()).as(forms.summary()).isTrue();
    }

    /** On the same started platform: every declared route, every role, own street, sibling, other district, no token. */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyRouteAnswersEachRoleOnlyAboutTheStreetsItMaySee() {
        IsolationMatrix.Outcome matrix = new IsolationMatrix(platform()).run();
        System.out.println("Isolation matrix: " + matrix.summary() + "\n" + matrix.details());
        assertThat(matrix.holds()).as("%s%n%s", matrix.summary(), matrix.details()).isTrue();
    }

    @Override
    protected Platform platform() {
        return new Platform(environment.localUrl(Service.GATEWAY), environment.localUrl(Service.PROJECT),
                keycloak.tokenEndpoint(),
                List.of(environment.localUrl(Service.PROJECT), environment.localUrl(Service.EVALUATION),
                        environment.localUrl(Service.REPORT)));
    }
}
