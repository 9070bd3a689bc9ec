package io.partnerhub.kit.web;

import org.springframework.http.HttpStatus;

/** 403 Forbidden: the caller sees the object but may not do this to it. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, detail);
    }

    public ForbiddenException(String detail, Throwable cause) {
        super(HttpStatus.FORBIDDEN, detail, cause);
    }
}
