package io.partnerhub.kit.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's own error report, for requests it refuses before any servlet sees them (an invalid
 * percent-encoding, a NUL in the path, a request line or headers over the limit): a problem
 * document in place of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        try {
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemJson.body(status, ProblemErrorController.detailFor(status), null));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written any more: nothing left to tell it
        }
    }
}
