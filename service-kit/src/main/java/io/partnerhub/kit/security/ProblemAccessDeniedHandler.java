package io.partnerhub.kit.security;

import io.partnerhub.kit.web.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** Authenticated but not allowed: 403 with the bearer challenge and an RFC 9457 problem body. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException denied) throws IOException {
        bearer.handle(request, response, denied);
        ProblemJson.write(response, HttpStatus.FORBIDDEN, "Not allowed for this caller", request.getRequestURI());
    }
}
