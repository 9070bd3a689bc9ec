package io.partnerhub.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One endpoint as the running application's OpenAPI document describes it: method, path template,
 * its path and query parameters, and the schema of its JSON body (null when it takes none), with
 * every {@code $ref} resolved.
 */
public record Operation(String method, String path, List<Parameter> pathParameters, List<Parameter> queryParameters,
                 JsonNode bodySchema) {

    public record Parameter(String name, JsonNode schema, boolean required) {
    }

    public String name() {
        return method + " " + path;
    }
}
