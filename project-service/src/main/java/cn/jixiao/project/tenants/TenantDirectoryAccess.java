package cn.jixiao.project.tenants;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs calls to the realm off the event loop (the Admin API client blocks), and answers 503 where this
 * service was started without the realm's administration account.
 */
@Component
class TenantDirectoryAccess {

    private final ObjectProvider<TenantDirectory> directory;

    TenantDirectoryAccess(ObjectProvider<TenantDirectory> directory) {
        this.directory = directory;
    }

    interface Call<T> {
        T on(TenantDirectory directory) throws Exception;
    }

    <T> Mono<T> call(Call<T> call) {
        TenantDirectory available = directory.getIfAvailable();
        if (available == null) {
            return Mono.error(TenantProblems::onboardingUnavailable);
        }
        Callable<T> blocking = () -> call.on(available);
        return Mono.fromCallable(blocking).subscribeOn(Schedulers.boundedElastic());
    }

    Mono<Void> run(Call<?> call) {
        return call(directory -> {
            call.on(directory);
            return Boolean.TRUE;
        }).then();
    }
}
