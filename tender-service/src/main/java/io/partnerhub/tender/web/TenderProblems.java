package io.partnerhub.tender.web;

import io.partnerhub.tender.abuse.SubmissionLimitExceededException;
import io.partnerhub.tender.proposal.ProposalNotAllowedException;
import io.partnerhub.tender.request.InvalidTenderException;
import io.partnerhub.tender.request.TenderGoneException;
import io.partnerhub.tender.reveal.RevealCapReachedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The domain's refusals as RFC 9457 problems. "Not found" is the kit's ({@code ProblemHandler}); a
 * request that is gone is answered here to say why ({@code reason}: CANCELLED or EXPIRED).
 */
@RestControllerAdvice(basePackages = "io.partnerhub.tender")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TenderProblems {

    @ExceptionHandler(InvalidTenderException.class)
    ProblemDetail invalid(InvalidTenderException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-tender", "The tender request is invalid");
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(SubmissionLimitExceededException.class)
    ResponseEntity<ProblemDetail> tooMany(SubmissionLimitExceededException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(seconds))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "submission-limit", e.getMessage()));
    }

    @ExceptionHandler(TenderGoneException.class)
    ProblemDetail gone(TenderGoneException e) {
        ProblemDetail problem = problem(HttpStatus.GONE, "tender-gone", e.getMessage());
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    @ExceptionHandler(RevealCapReachedException.class)
    ProblemDetail capReached(RevealCapReachedException e) {
        return problem(HttpStatus.CONFLICT, "reveal-cap-reached", e.getMessage());
    }

    @ExceptionHandler(ProposalNotAllowedException.class)
    ProblemDetail proposalRefused(ProposalNotAllowedException e) {
        return problem(HttpStatus.CONFLICT, "proposal-not-allowed", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-input", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://partnerhub.io/problems/" + type));
        return problem;
    }
}
