package io.partnerhub.testing.authorization;

import java.util.Map;

/**
 * What one cell of the matrix sends: the values of the endpoint's path variables, query
 * parameters, a JSON body (null for none) and the caller's bearer token.
 */
public record CellRequest(Map<String, String> pathVariables, Map<String, String> query, String jsonBody,
                          String bearerToken) {

    public CellRequest {
        pathVariables = Map.copyOf(pathVariables);
        query = Map.copyOf(query);
    }

    public static CellRequest of(Map<String, String> pathVariables, String jsonBody, String bearerToken) {
        return new CellRequest(pathVariables, Map.of(), jsonBody, bearerToken);
    }

    CellRequest withToken(String token) {
        return new CellRequest(pathVariables, query, jsonBody, token);
    }
}
