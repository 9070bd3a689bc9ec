package io.partnerhub.kit.web;

/** One invalid input field in a 400 problem's {@code errors} list. */
public record FieldProblem(String field, String message) {
}
