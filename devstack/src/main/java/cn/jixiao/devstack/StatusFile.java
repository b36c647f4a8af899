package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code .jixiao/status.json}: the local stack's components as its supervisor last saw them, with the pid of the
 * stack's own JVM so that a reader can tell a running stack from a file left behind by one that was killed. Written
 * whole into a temporary file and moved over the old one, so a reader never sees half of it.
 */
public final class StatusFile {

    private static final Logger log = LoggerFactory.getLogger(StatusFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ProcessHandle stack;

    /** The status file of the stack that runs in this JVM. */
    public StatusFile(Path file) {
        this(file, ProcessHandle.current());
    }

    StatusFile(Path file, ProcessHandle stack) {
        this.file = file;
        this.stack = stack;
    }

    public Path path() {
        return file;
    }

    /** What a status file says: whose stack, and its components. */
    public record Snapshot(long stackPid, Optional<Instant> stackStartedAt, Instant writtenAt,
                           List<ComponentStatus> components) {

        /** Whether the stack that wrote it still runs: its pid is alive and is the same process (not a reused pid). */
        public boolean stackIsRunning() {
            return ProcessHandle.of(stackPid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> stackStartedAt.isEmpty() || handle.info().startInstant()
                            .map(started -> Duration.between(started, stackStartedAt.get()).abs()
                                    .compareTo(Duration.ofSeconds(1)) <= 0)
                            .orElse(true))
                    .isPresent();
        }
    }

    synchronized void write(List<ComponentStatus> components) {
        var root = JSON.createObjectNode();
        var stackNode = root.putObject("stack");
        stackNode.put("pid", stack.pid());
        stack.info().startInstant().ifPresent(started -> stackNode.put("startedAt", started.toString()));
        root.put("writtenAt", Instant.now().toString());
        var array = root.putArray("components");
        for (var component : components) {
            var node = array.addObject();
            node.put("name", component.name());
            node.put("state", component.state().name());
            node.put("pid", component.pid());
            node.put("port", component.port());
            component.runningSince().ifPresent(since -> node.put("runningSince", since.toString()));
            node.put("restarts", component.restarts());
            node.put("attempt", component.attempt());
            component.nextAttemptAt().ifPresent(next -> node.put("nextAttemptAt", next.toString()));
            component.lastExit().ifPresent(exit -> node.put("lastExit", exit));
            node.put("logFile", component.logFile());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the stack runs on without its status file; ./jixiao status will be out of date
            log.warn("Cannot write {}: {}", file, e.toString());
        }
    }

    synchronized void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", file, e.toString());
        }
    }

    /** The file's content; empty when there is no file (no stack has run, or the last one stopped cleanly). */
    public static Optional<Snapshot> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var root = JSON.readTree(file.toFile());
            var components = new ArrayList<ComponentStatus>();
            for (var node : root.path("components")) {
                components.add(new ComponentStatus(node.path("name").asText(),
                        ComponentState.valueOf(node.path("state").asText()), node.path("pid").asLong(),
                        node.path("port").asInt(), instant(node, "runningSince"), node.path("restarts").asInt(),
                        node.path("attempt").asInt(), instant(node, "nextAttemptAt"), text(node, "lastExit"),
                        node.path("logFile").asText()));
            }
            var stackNode = root.path("stack");
            return Optional.of(new Snapshot(stackNode.path("pid").asLong(), instant(stackNode, "startedAt"),
                    instant(root, "writtenAt").orElse(Instant.EPOCH), List.copyOf(components)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static Optional<Instant> instant(JsonNode node, String field) {
        return text(node, field).map(Instant::parse);
    }
}
