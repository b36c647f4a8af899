# syntax=docker/dockerfile:1
# One runtime image recipe for all four Jixiao services; the service is chosen by build arguments
# (see docker-compose.yml), e.g.  docker build --build-arg MODULE=project-service --build-arg PORT=8081 .
# The jar is built outside Docker first: ./mvnw -DskipTests package

ARG MODULE
ARG PORT=8080
# Extra Debian packages the service needs; report-service passes TrueType CJK fonts for its PDFs
# (openhtmltopdf needs TrueType outlines; fonts-noto-cjk is CFF-outlined and renders every glyph as "#").
ARG EXTRA_PACKAGES=""

# Stage 1: split the Spring Boot jar into layers. Dependencies change rarely and the
# application classes often, so a rebuild usually only ships the small last layer.
FROM eclipse-temurin:17-jre AS layers
ARG MODULE
WORKDIR /layers
COPY ${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# Stage 2: the runtime image.
FROM eclipse-temurin:17-jre
ARG PORT
ARG EXTRA_PACKAGES
RUN set -eux; \
    if [ -n "${EXTRA_PACKAGES}" ]; then \
        apt-get update; \
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${EXTRA_PACKAGES}; \
        rm -rf /var/lib/apt/lists/*; \
    fi

# Fixed numeric ids, so Kubernetes can check runAsNonRoot.
RUN groupadd --gid 10001 jixiao \
 && useradd --uid 10001 --gid jixiao --no-create-home --home-dir /app --shell /usr/sbin/nologin jixiao
WORKDIR /app
# Same order as BOOT-INF/layers.idx: least to most frequently changed.
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER 10001:10001

# JDK_JAVA_OPTIONS is read by the java launcher itself, so the exec-form ENTRYPOINT keeps
# java as PID 1 (it gets SIGTERM for a graceful shutdown) and the flags can still be
# overridden from compose/Helm. Heap = 75 % of the container memory limit; exit on OOM
# so the orchestrator restarts the container instead of leaving a half-dead JVM.
ENV SERVER_PORT=${PORT} \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
