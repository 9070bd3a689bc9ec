package io.partnerhub.kit.web;

import org.springframework.http.HttpStatus;

/** 404 Not Found: the object does not exist or is not visible to the caller (OWASP API1: outsiders get 404, not 403). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, detail);
    }

    public NotFoundException(String detail, Throwable cause) {
        super(HttpStatus.NOT_FOUND, detail, cause);
    }
}
