package io.partnerhub.tender.request;

/** One refused input field and why, in words a requester understands. */
public record FieldViolation(String field, String message) {
}
