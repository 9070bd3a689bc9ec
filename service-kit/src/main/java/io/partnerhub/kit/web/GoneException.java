package io.partnerhub.kit.web;

/**
 * @deprecated throw {@link io.partnerhub.kit.plain.GoneException}, which the domain can use too.
 */
@Deprecated(forRemoval = true)
public class GoneException extends io.partnerhub.kit.plain.GoneException {

    public GoneException(String detail) {
        super(detail);
    }
}
