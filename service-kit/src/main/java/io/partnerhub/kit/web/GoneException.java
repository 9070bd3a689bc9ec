package io.partnerhub.kit.web;

import org.springframework.http.HttpStatus;

/** 410 Gone: the object existed but is no longer usable (an expired or used link). */
public class GoneException extends ProblemException {

    public GoneException(String detail) {
        super(HttpStatus.GONE, detail);
    }

    public GoneException(String detail, Throwable cause) {
        super(HttpStatus.GONE, detail, cause);
    }
}
