package cn.jixiao.devstack;

import java.nio.file.Path;

/** The four Spring Boot services, each built by the Maven module of the same name. */
public enum Service {

    GATEWAY("gateway", 256),
    PROJECT("project-service", 256),
    EVALUATION("evaluation-service", 256),
    /** Renders whole documents with a 15 MB CJK font, and district summaries of thousands of rows. */
    REPORT("report-service", 512);

    private final String module;
    private final int heapMegabytes;

    Service(String module, int heapMegabytes) {
        this.module = module;
        this.heapMegabytes = heapMegabytes;
    }

    public String module() {
        return module;
    }

    /** The most heap the local stack gives the service's JVM. */
    public int heapMegabytes() {
        return heapMegabytes;
    }

    /** The executable jar that spring-boot-maven-plugin writes: {@code <module>/target/<module>-<version>.jar}. */
    public Path jarIn(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target")
                .resolve(module + "-" + BuildInfo.current().projectVersion() + ".jar");
    }
}
