package io.partnerhub.kit.kafka;

/**
 * Something the listener depends on is down (a database, an SMTP server): the record is retried
 * with a steady backoff until it recovers and is never dead-lettered. The kit recognises Mongo,
 * Spring DAO "resource failure"/"transient" and socket connect/timeout errors by itself; throw this
 * for other dependencies.
 */
public class TransientFailureException extends RuntimeException {

    public TransientFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
