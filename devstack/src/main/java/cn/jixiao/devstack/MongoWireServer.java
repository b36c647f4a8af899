package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * A server that speaks the MongoDB wire protocol (mongo-java-server), since no real mongod can be installed here.
 * It reports server version 5.0 (wire version 8), which the MongoDB driver accepts; forcing 4.0 breaks the
 * handshake. The oplog stays off: it is an unbounded collection that would grow the persistent file with every
 * write, and change streams (its only use) are not part of our design.
 */
public final class MongoWireServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration CHILD_START_TIMEOUT = Duration.ofSeconds(30);

    private final MongoServer server;

    private MongoWireServer(MongoBackend backend) {
        this.server = new MongoServer(backend);
    }

    public static MongoWireServer inMemory() {
        return new MongoWireServer(new InMemoryBackend());
    }

    /**
     * The handshake command of current MongoDB versions, which Spring Boot's health indicator sends: this server knows
     * it by its older name only and refused it, so every service's health said the database was down on the local
     * stack while it was up (a fault test's "health says the database is down" held even when it was not).
     */
    private static String understood(String command) {
        return "hello".equals(command) ? "isMaster" : command;
    }

    /** Kept in memory, for tests: nothing survives its stop. */
    static final class InMemoryBackend extends MemoryBackend {

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return super.handleCommand(channel, database, understood(command), query);
        }
    }

    /**
     * Keeps the data in an H2 MVStore file, so it survives restarts, and a kill -9 too: every command that changed
     * data is committed to the file before it is answered ({@link CommittingH2Backend}).
     */
    public static MongoWireServer persistentAt(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of " + file, e);
        }
        return new MongoWireServer(new CommittingH2Backend(file.toString()));
    }

    /**
     * H2's MVStore commits by itself about once a second; a write acknowledged in between would be lost to a kill
     * -9 of the server, and the platform promises that no acknowledged write is lost. So each command that left
     * changes commits them before the answer goes out. The commit writes to the operating system's file cache
     * without fsync: it survives the process being killed, not the machine losing power, which is enough for a
     * local stack (a real deployment runs a MongoDB replica set).
     */
    static final class CommittingH2Backend extends H2Backend {

        /**
         * MVStore keeps this many MB of its pages read and deserialized. Its default, 16 MB, holds a fraction of a
         * district's data: every query that reads a whole collection (all but those by {@code _id}) then read the pages
         * from the file again and deserialized each document by Java serialization, which took most of the server's
         * CPU and, after a restart with a backlog of events to relay, kept the platform slow for minutes (#13, #14).
         * {@code JIXIAO_MONGO_CACHE_MB} sets another size, to measure one against the other.
         */
        static final int CACHE_MB = 256;

        CommittingH2Backend(String file) {
            super(new MVStore.Builder().fileName(file).cacheSize(cacheMegabytes()).open());
        }

        private static int cacheMegabytes() {
            String asked = System.getenv("JIXIAO_MONGO_CACHE_MB");
            return asked == null || asked.isBlank() ? CACHE_MB : Integer.parseInt(asked.trim());
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return super.handleCommand(channel, database, understood(command), query);
        }

        /** Every command of a current driver arrives as an OP_MSG, writes among them. */
        @Override
        public Document handleMessage(MongoMessage message) {
            try {
                return super.handleMessage(message);
            } finally {
                if (getMvStore().hasUnsavedChanges()) {
                    commit();
                }
            }
        }
    }

    /**
     * Listens on 127.0.0.1:port only, never on the network, and returns {@code mongodb://127.0.0.1:<port>}; append
     * the database name.
     */
    public String start(int port) {
        server.bind(LOOPBACK, port);
        return connectionString(port);
    }

    public String startOnFreePort() {
        server.bind(LOOPBACK, 0);
        return connectionString(server.getLocalAddress().getPort());
    }

    private static String connectionString(int port) {
        return "mongodb://" + LOOPBACK + ":" + port;
    }

    /** Closes the connections and the backend; an H2 backend commits and closes its file. */
    @Override
    public void close() {
        server.shutdown();
    }

    /**
     * Runs the server in a child JVM, persistent at the given file. Returns once it accepts connections.
     * A separate process gives it its own log file and lets it be stopped, killed and started again like every other
     * part of the stack; the file keeps every acknowledged write across a kill.
     * It keeps the full JIT: it starts in seconds anyway, and every query of every service runs through it. Its heap
     * holds a district's year at scale (200 streets × 30 projects seeded for the overview benchmark): 384 MB ran out
     * while 6,000 evaluations went in, and the store closed itself.
     */
    public static ProbedProcess startChildProcess(Path file, int port, Path logDir) {
        var command = JavaCommand.mainClass(MongoWireServer.class.getName(),
                List.of("-Xmx1g", "-XX:+UseSerialGC"),
                List.of(file.toAbsolutePath().toString(), Integer.toString(port)));
        var probe = new PortProbe(port);
        var process = ManagedProcess.startAndAwait(ProcessSpec.of("mongo", command, Map.of(), logDir), probe,
                CHILD_START_TIMEOUT);
        return new ProbedProcess(process, port, probe, CHILD_START_TIMEOUT);
    }

    /** Usage: {@code MongoWireServer <file> <port>}; serves until the JVM is stopped (SIGTERM closes the file). */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("Usage: MongoWireServer <file> <port>");
            System.exit(2);
        }
        var server = persistentAt(Path.of(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-wire-server-shutdown"));
        System.out.println("MongoDB wire server listening on " + server.start(Integer.parseInt(args[1]))
                + ", data in " + args[0]);
        Thread.currentThread().join();
    }
}
