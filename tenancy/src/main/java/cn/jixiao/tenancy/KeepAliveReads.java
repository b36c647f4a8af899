package cn.jixiao.tenancy;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps every Jixiao server (the gateway and each service, all on Reactor Netty) reading a kept-alive connection
 * whose next request arrives before the previous one's processing has finished.
 *
 * <p>Why: Reactor Netty 1.3.6 (Spring Boot 4.0.7's) buffers such a request ("Buffering keep-alive request, previous
 * ops not yet terminated") and can then stop reading the connection: the request is never answered, and the client
 * waits until its own timeout (reactor/reactor-netty#4361, #4347; fixed in a release later than those served here).
 * The gateway's tests hit it in 5 of 15 runs of the module on a loaded machine (load average 10–21): a 30-second wait
 * on a health probe, a sign-out or a proxied POST, with every thread of the JVM idle. A browser on a kept-alive
 * connection would hit it the same way. {@code reactor.netty.http.server.lastFlushWhenNoRead} makes the server end
 * the previous request when its last response is flushed, so the next one is dispatched at once instead of buffered
 * (the route #4347's discussion names as closed by it). Measured side by side, alternating: 1 of 5 runs hung without
 * it, 0 of 5 with it (docs/measurements.md). Remove this once Reactor Netty carries the fix.
 *
 * <p>Set as a system property, before any server is created, because Reactor Netty reads it once; an operator's
 * own {@code -D} setting wins.
 */
public class KeepAliveReads implements EnvironmentPostProcessor {

    static final String PROPERTY = "reactor.netty.http.server.lastFlushWhenNoRead";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
