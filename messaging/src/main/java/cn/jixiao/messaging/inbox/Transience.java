package cn.jixiao.messaging.inbox;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.common.errors.RetriableException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Whether trying an event again can help: only when the failure is the store's or the broker's, not the event's.
 * A store or broker that is unreachable or timed out, a write that lost a race on a document's version (the next
 * attempt reads the new version) are transient; a parse error, a broken invariant or a bug fails the same way
 * every time, and retrying it would only hold up the events behind it.
 */
final class Transience {

    private Transience() {
    }

    static boolean retryCanHelp(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException          // includes a lost optimistic-lock race
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException
                    || cause instanceof MongoException mongo && (mongo.hasErrorLabel("RetryableWriteError")
                            || mongo.hasErrorLabel("TransientTransactionError"))
                    || cause instanceof RetriableException              // Kafka's own: not enough replicas, timeouts
                    || cause instanceof TimeoutException
                    || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
