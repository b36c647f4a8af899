package cn.jixiao.gateway.session;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Removes expired sessions now and then. Every gateway instance sweeps; the deletes are idempotent, so two at
 * once cost one wasted query, nothing else. A failed sweep (MongoDB away for a moment) is logged and the next
 * one tries again: expired sessions are refused on read whatever the sweep has done.
 */
final class ExpiredSessionSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionSweep.class);

    private final MongoSessionRepository sessions;
    private final Duration every;
    private volatile Disposable running;

    ExpiredSessionSweep(MongoSessionRepository sessions, Duration every) {
        this.sessions = sessions;
        this.every = every;
    }

    @Override
    public void start() {
        running = Flux.interval(every, every)
                .concatMap(tick -> sessions.deleteExpired()
                        .doOnNext(removed -> log.debug("Removed {} expired sessions", removed))
                        .onErrorResume(e -> {
                            log.warn("Sweeping expired sessions failed, trying again in {}: {}", every, e.toString());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable sweep = running;
        if (sweep != null) {
            sweep.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
