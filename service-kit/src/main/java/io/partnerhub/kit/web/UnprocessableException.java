package io.partnerhub.kit.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/** The input is well-formed but invalid: 400 with a list of the offending fields. */
public class UnprocessableException extends ProblemException {

    private final List<FieldProblem> errors;

    public UnprocessableException(String detail) {
        this(detail, List.of());
    }

    public UnprocessableException(String detail, List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, detail);
        this.errors = List.copyOf(errors);
    }

    public static UnprocessableException field(String field, String message) {
        return new UnprocessableException(field + ": " + message, List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
