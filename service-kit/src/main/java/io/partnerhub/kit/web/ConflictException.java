package io.partnerhub.kit.web;

import org.springframework.http.HttpStatus;

/** 409 Conflict: the request contradicts the current state (a duplicate, a concurrent change, a forbidden transition). */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, detail);
    }

    public ConflictException(String detail, Throwable cause) {
        super(HttpStatus.CONFLICT, detail, cause);
    }
}
