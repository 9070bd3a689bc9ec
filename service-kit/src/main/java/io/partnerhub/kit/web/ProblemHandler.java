package io.partnerhub.kit.web;

import io.partnerhub.kit.client.ServiceUnavailableException;
import io.partnerhub.kit.plain.ConcurrentUpdateException;
import io.partnerhub.kit.plain.GoneException;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.StepUpRequiredException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * RFC 9457 problem details for every error a controller can raise: the kit's exceptions,
 * validation (400 with an {@code errors} field list), domain {@code IllegalArgumentException}
 * (400), optimistic-lock and duplicate-key failures (409), step-up (401 + challenge), security and anything unexpected (500, no internals).
 * Lowest precedence, so a service's own advice wins where it handles the same exception.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(exception.status(), exception.getMessage());
        if (exception instanceof UnprocessableException unprocessable && !unprocessable.errors().isEmpty()) {
            problem.setProperty("errors", unprocessable.errors());
        }
        return ResponseEntity.status(exception.status()).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException exception) {
        return status(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler(GoneException.class)
    ResponseEntity<ProblemDetail> gone(GoneException exception) {
        return status(HttpStatus.GONE, exception.getMessage());
    }

    @ExceptionHandler(ConcurrentUpdateException.class)
    ResponseEntity<ProblemDetail> tooContended(ConcurrentUpdateException exception) {
        return status(HttpStatus.CONFLICT, exception.getMessage());
    }

    /** Another service that must be asked first cannot answer: nothing was done, try again shortly. */
    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> serviceUnavailable(ServiceUnavailableException exception) {
        log.warn("Refused while another service cannot answer: {}", exception.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "This cannot be decided right now because a service it depends on does not answer; nothing was"
                        + " changed. Try again shortly.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ServiceUnavailableException.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException exception) {
        return status(HttpStatus.BAD_REQUEST, exception.getMessage());
    }

    /** A concurrent change (optimistic lock) or a duplicate unique key: the client may re-read and retry. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException exception) {
        return status(HttpStatus.CONFLICT, exception instanceof DuplicateKeyException
                ? "The object already exists" : "The object was changed concurrently; read it again and retry");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException exception) {
        List<FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        return invalid(errors);
    }

    @ExceptionHandler(StepUpRequiredException.class)
    ResponseEntity<ProblemDetail> stepUp(StepUpRequiredException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, exception.getMessage());
        problem.setProperty("maxAge", exception.maxAge().toSeconds());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, exception.challenge())
                .body(problem);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException exception) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "A bearer token is required"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException exception) {
        return status(HttpStatus.FORBIDDEN, "Not allowed for this caller");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Unhandled error", exception);
        return status(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = exception.getBindingResult().getAllErrors().stream()
                .map(error -> new FieldProblem(
                        error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalidProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                error instanceof FieldError field ? field.getField()
                                        : result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalidProblem(errors));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> errors) {
        return ResponseEntity.badRequest().body(invalidProblem(errors));
    }

    private static ProblemDetail invalidProblem(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request content");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> status(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
