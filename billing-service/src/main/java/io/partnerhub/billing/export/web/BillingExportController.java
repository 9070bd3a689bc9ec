package io.partnerhub.billing.export.web;

import io.partnerhub.billing.export.persistence.ManagedOrderLines;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * R6: the partner's billing data for its customers (orders and renewals it manages, amounts,
 * cashback/discount with reasons) as CSV, streamed from a cursor. Only the partner itself.
 */
@RestController
class BillingExportController {

    private final ManagedOrderLines lines;

    BillingExportController(ManagedOrderLines lines) {
        this.lines = lines;
    }

    @GetMapping(path = "/partners/{partnerId}/billing-export.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> export(Caller caller, @PathVariable String partnerId,
                                                 @RequestParam(required = false) LocalDate from,
                                                 @RequestParam(required = false) LocalDate to) {
        if (!partnerId.equals(caller.organizationId())) {
            throw new NotFoundException("No partner " + partnerId);
        }
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? Instant.parse("9999-01-01T00:00:00Z") : to.atStartOfDay(ZoneOffset.UTC).toInstant();
        StreamingResponseBody body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            lines.writeCsv(partnerId, start, end, writer);
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"billing-" + partnerId + ".csv\"")
                .body(body);
    }
}
