package cn.jixiao.testing;

import java.net.InetSocketAddress;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context its own in-memory MongoDB-protocol server (the wire server the
 * local stack runs, without its file store) on a free port, and stops it with the context.
 */
public class InMemoryMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        InetSocketAddress address = server.getLocalAddress();
        String database = context.getEnvironment().getProperty("spring.application.name", "jixiao") + "-test";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("in-memory-mongo",
                Map.of("spring.mongodb.uri", "mongodb://localhost:" + address.getPort() + "/" + database)));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                server.shutdownNow();
            }
        });
    }
}
