package io.partnerhub.kit.web;

import org.springframework.http.HttpStatus;

/** Base of the exceptions a service throws to answer an RFC 9457 problem with a given status. */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;

    protected ProblemException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    protected ProblemException(HttpStatus status, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
