package cn.jixiao.evaluation.template;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stores the shipped templates at every start. A version already stored is left as it is (and its event is not
 * published again), so restarts and several instances starting together change nothing.
 */
@Component
class PlatformTemplates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformTemplates.class);

    private final TemplateLibrary library;
    private final Clock clock;

    PlatformTemplates(TemplateLibrary library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Flux.fromIterable(ShippedTemplates.all())
                .concatMap(template -> library.publish(template, clock.instant(), "platform")
                        .doOnNext(stored -> log.info("Platform template {} stored", stored.ref()))
                        .onErrorResume(DuplicateKeyException.class, alreadyStored -> Mono.empty()))
                .blockLast();
    }
}
