package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceFleetTest {

    @TempDir
    Path repoRoot;

    @Test
    void namesEveryMissingJarBeforeStartingAnything() {
        assertThatThrownBy(() -> ServiceFleet.start(repoRoot, ServiceEnvironment.local("127.0.0.1:9092", KafkaLogins.generate()), repoRoot.resolve("logs")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("build the services first")
                .hasMessageContaining(Path.of("gateway", "target", "gateway-0.1.0-SNAPSHOT.jar").toString())
                .hasMessageContaining("project-service-0.1.0-SNAPSHOT.jar")
                .hasMessageContaining("evaluation-service-0.1.0-SNAPSHOT.jar")
                .hasMessageContaining("report-service-0.1.0-SNAPSHOT.jar");
    }
}
