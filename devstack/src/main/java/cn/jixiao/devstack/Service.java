package cn.jixiao.devstack;

import java.nio.file.Path;

/** The four Spring Boot services, each built by the Maven module of the same name. */
public enum Service {

    GATEWAY("gateway"),
    PROJECT("project-service"),
    EVALUATION("evaluation-service"),
    REPORT("report-service");

    private final String module;

    Service(String module) {
        this.module = module;
    }

    public String module() {
        return module;
    }

    /** The executable jar that spring-boot-maven-plugin writes: {@code <module>/target/<module>-<version>.jar}. */
    public Path jarIn(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target")
                .resolve(module + "-" + BuildInfo.current().projectVersion() + ".jar");
    }
}
