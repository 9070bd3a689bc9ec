package io.partnerhub.partnership.web;

import io.partnerhub.partnership.invitation.InvitationClosed;
import io.partnerhub.partnership.shared.RuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Domain refusals as RFC 9457 problems: a broken rule is 409, an invitation no longer open 410. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DomainProblems {

    @ExceptionHandler(InvitationClosed.class)
    ResponseEntity<ProblemDetail> closed(InvitationClosed exception) {
        return problem(HttpStatus.GONE, exception.getMessage());
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation exception) {
        return problem(HttpStatus.CONFLICT, exception.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException exception) {
        return problem(HttpStatus.CONFLICT, "changed meanwhile by someone else; reload and try again");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException exception) {
        return problem(HttpStatus.CONFLICT, "it already exists");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
