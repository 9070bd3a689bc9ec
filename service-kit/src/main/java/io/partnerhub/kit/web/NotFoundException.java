package io.partnerhub.kit.web;

/**
 * @deprecated throw {@link io.partnerhub.kit.plain.NotFoundException}, which the domain can use too.
 */
@Deprecated(forRemoval = true)
public class NotFoundException extends io.partnerhub.kit.plain.NotFoundException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
