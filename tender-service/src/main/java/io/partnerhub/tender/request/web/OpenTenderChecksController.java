package io.partnerhub.tender.request.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ForbiddenException;
import io.partnerhub.tender.request.OpenTenderChecks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Which tender requests are still open, for other Partnerhub services acting on them:
 * notification-service asks right before it hands excerpt emails to SMTP, so that a cancellation
 * (R31) or an expiry (R32) stops the excerpts not yet sent.
 */
@RestController
@Tag(name = "Answers for other services", description = "For other Partnerhub services (role SERVICE, or OPS): "
        + "what tender-service, the owner of tender requests, holds at the moment of the call, read from its database "
        + "(no cache). A cancellation confirmed to the requester is in force at once for every caller.")
public class OpenTenderChecksController {

    private final OpenTenderChecks checks;

    public OpenTenderChecksController(OpenTenderChecks checks) {
        this.checks = checks;
    }

    @PostMapping("/open-tender-checks")
    @Operation(summary = "Which of these tender requests are still open right now",
            description = "For other Partnerhub services (role SERVICE; OPS also allowed, anyone else 403). Give 1 to "
                    + "1000 tender ids (else 400). Answers the ids whose request is valid at the moment of the call: "
                    + "not cancelled, not withdrawn, not expired — including requests past their validity whose expiry "
                    + "the sweeper has not recorded yet. Unknown ids are not open. Each id once, in the order asked. "
                    + "One database read for the whole batch, no cache: a cancellation confirmed before the call is "
                    + "always reflected, so a caller that asks right before acting never acts on an ended request.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the open ones among the ids asked"),
                    @ApiResponse(responseCode = "400", description = "no ids, or more than 1000"),
                    @ApiResponse(responseCode = "401", description = "no or an invalid bearer token"),
                    @ApiResponse(responseCode = "403", description = "the caller is neither a service nor operations")})
    public ResponseEntity<OpenTenders> check(Caller caller, @RequestBody(required = false) OpenTenderCheck body) {
        if (!caller.hasAnyRole(Caller.SERVICE, Caller.OPS)) {
            throw new ForbiddenException("only Partnerhub services and platform operations may ask this");
        }
        List<String> open = checks.openNow(body == null ? null : body.tenderIds());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new OpenTenders(open));
    }

    @Schema(description = "The tender requests to check")
    public record OpenTenderCheck(
            @ArraySchema(schema = @Schema(description = "a tender id"), minItems = 1, maxItems = 1000)
            List<String> tenderIds) {
    }

    @Schema(description = "The ids asked for whose request is still open right now")
    public record OpenTenders(@ArraySchema(schema = @Schema(description = "a tender id")) List<String> open) {
    }
}
