package io.partnerhub.kit.kafka;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.partnerhub.kit.registry.SchemaRegistryUnavailableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.dao.TransientDataAccessException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

/** Decides whether a listener failure is the infrastructure's fault (retry until it recovers) or the input's. */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PoisonEventException) {
                return false;
            }
            if (cause instanceof TransientFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException
                    || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof SchemaRegistryUnavailableException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The record itself is at fault (unreadable, or refused by the listener): retrying cannot help. */
    public static boolean isInputFault(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof PoisonEventException || cause instanceof DeserializationException) {
                return true;
            }
        }
        return false;
    }
}
