package io.partnerhub.billing.order.web;

import io.partnerhub.billing.order.OrderRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** An order the partnership does not allow: 403 problem with the refusal code (RFC 9457). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrderProblems {

    @ExceptionHandler(OrderRefusedException.class)
    ResponseEntity<ProblemDetail> refused(OrderRefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
        problem.setType(URI.create("urn:partnerhub:billing:order-refused"));
        problem.setTitle("Order not allowed by the partnership");
        problem.setProperty("refusal", refused.refusal().name());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
