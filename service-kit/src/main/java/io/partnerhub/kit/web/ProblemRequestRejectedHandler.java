package io.partnerhub.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * A path the security firewall refuses ({@code ..}, {@code ;}, an encoded dot or slash, a NUL):
 * 400 with a problem document, not a servlet exception that ends on the container's error page.
 */
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException rejected) throws IOException {
        ProblemJson.write(response, HttpStatus.BAD_REQUEST,
                "The request path is not allowed (path traversal, encoded separators or control characters)", null);
    }
}
