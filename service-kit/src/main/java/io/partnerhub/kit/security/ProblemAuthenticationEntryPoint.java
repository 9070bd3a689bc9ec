package io.partnerhub.kit.security;

import io.partnerhub.kit.web.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * Missing or invalid token: 401 with the RFC 6750 {@code WWW-Authenticate: Bearer ...} challenge
 * (computed by Spring's bearer entry point) and an RFC 9457 problem body.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) throws IOException {
        bearer.commence(request, response, failure);
        String detail = request.getHeader("Authorization") == null
                ? "A bearer token is required"
                : "The bearer token is invalid or expired";
        ProblemJson.write(response, HttpStatus.UNAUTHORIZED, detail, request.getRequestURI());
    }
}
