package cn.jixiao.messaging.inbox;

import java.util.concurrent.CompletionException;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.Exceptions;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a failure of the store or the broker is worth another attempt; the event's own faults are not. */
class TransienceTest {

    @Test
    void aStoreOrBrokerAwayForAMomentIsWorthAnotherAttempt() {
        assertThat(Transience.retryCanHelp(new DataAccessResourceFailureException("no server"))).isTrue();
        assertThat(Transience.retryCanHelp(new MongoSocketReadException("reset", new ServerAddress()))).isTrue();
        assertThat(Transience.retryCanHelp(new CompletionException(new TimeoutException("no leader")))).isTrue();
        assertThat(Transience.retryCanHelp(Exceptions.propagate(new java.util.concurrent.TimeoutException())))
                .as("a handler that outlasted its timeout").isTrue();
    }

    @Test
    void aWriteThatLostARaceOnTheDocumentsVersionIsWorthAnotherAttempt() {
        assertThat(Transience.retryCanHelp(new OptimisticLockingFailureException("version 3, not 2"))).isTrue();
    }

    @Test
    void theEventsOwnFaultsAreNot() {
        assertThat(Transience.retryCanHelp(new IllegalArgumentException("An amount has at most two decimals"))).isFalse();
        assertThat(Transience.retryCanHelp(new NullPointerException())).isFalse();
        assertThat(Transience.retryCanHelp(new DuplicateKeyException("the same id twice"))).isFalse();
    }
}
