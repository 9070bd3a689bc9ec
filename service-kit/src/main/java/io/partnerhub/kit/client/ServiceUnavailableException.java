package io.partnerhub.kit.client;

import io.partnerhub.kit.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Another Partnerhub service that must be asked before acting could not answer (refused, timed
 * out, 5xx, or no token for it). Answered as 503 with {@code Retry-After}: nothing was changed.
 */
public class ServiceUnavailableException extends ProblemException {

    public static final long RETRY_AFTER_SECONDS = 5;

    public ServiceUnavailableException(String detail, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, detail, cause);
    }

    public ServiceUnavailableException(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, detail);
    }
}
