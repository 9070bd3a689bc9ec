package io.partnerhub.billing.export.web;

import jakarta.validation.constraints.Pattern;
import io.partnerhub.billing.web.IdFormats;
import io.partnerhub.billing.collaborator.PartnerMoney;
import io.partnerhub.billing.export.persistence.ManagedOrderLines;
import io.partnerhub.billing.partnership.client.PartnershipOwner;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ForbiddenException;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R6: the partner's billing data for its customers (orders and renewals it manages, amounts,
 * cashback/discount with reasons) as CSV, streamed from a cursor. Only the partner itself, and only
 * for the customers it has a live partnership with now: asked of partnership-service in ONE call
 * before the first byte is written, so an ended partnership drops out at once and an owner that
 * cannot answer makes it a 503 (never a partial or stale export). Of the partner's users only its
 * legal representatives and admins: a collaborator gets 403 (R5, the partner's money).
 */
@RestController
class BillingExportController {

    private final ManagedOrderLines lines;
    private final PartnershipOwner owner;

    BillingExportController(ManagedOrderLines lines, PartnershipOwner owner) {
        this.lines = lines;
        this.owner = owner;
    }

    @GetMapping(path = "/partners/{partnerId}/billing-export.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> export(Caller caller, @PathVariable @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String partnerId,
                                                 @RequestParam(required = false) LocalDate from,
                                                 @RequestParam(required = false) LocalDate to) {
        if (!partnerId.equals(caller.organizationId())) {
            throw new NotFoundException("No partner " + partnerId);
        }
        if (!PartnerMoney.readableBy(caller.roles())) {
            throw new ForbiddenException(PartnerMoney.REFUSAL);
        }
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? Instant.parse("9999-01-01T00:00:00Z") : to.atStartOfDay(ZoneOffset.UTC).toInstant();
        Set<String> customers = owner.liveOfPartner(partnerId).stream().map(live -> live.terms().customerId())
                .collect(Collectors.toUnmodifiableSet());
        StreamingResponseBody body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            lines.writeCsv(partnerId, customers, start, end, writer);
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"billing-" + partnerId + ".csv\"")
                .body(body);
    }
}
