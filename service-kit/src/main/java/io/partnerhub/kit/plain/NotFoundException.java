package io.partnerhub.kit.plain;

/**
 * The object does not exist, or is not visible to the caller: both answer the same, so an outsider
 * cannot learn that another organization's object exists (HTTP 404). Domain exceptions may extend it.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }

    public NotFoundException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
