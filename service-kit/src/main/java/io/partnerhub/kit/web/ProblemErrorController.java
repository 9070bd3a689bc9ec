package io.partnerhub.kit.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The servlet container's error page ({@code /error}), where errors end that never reached a
 * controller (a request the security firewall or the container refused, a filter's failure): an
 * RFC 9457 problem, like every other error, in place of Spring Boot's own JSON.
 */
@RestController
@RequestMapping("${server.error.path:/error}")
public class ProblemErrorController implements ErrorController {

    @RequestMapping
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        ProblemJson.write(response, status, detailFor(status), null);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND; // asked for directly: there is no such resource
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String detailFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed (its path, query or headers)";
            case NOT_FOUND -> "No such resource";
            case METHOD_NOT_ALLOWED -> "The method is not allowed on this resource";
            case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG, CONTENT_TOO_LARGE -> "The request is too large";
            default -> status.is5xxServerError() ? "An unexpected error occurred" : status.getReasonPhrase();
        };
    }
}
