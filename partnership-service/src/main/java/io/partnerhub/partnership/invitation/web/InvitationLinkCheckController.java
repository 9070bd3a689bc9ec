package io.partnerhub.partnership.invitation.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.invitation.application.InvitationLinkChecks;
import io.partnerhub.partnership.invitation.application.InvitationLinkChecks.LinkCheck;
import io.partnerhub.partnership.invitation.application.InvitationLinkChecks.SendHold;
import io.partnerhub.partnership.web.IdFormats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Which emailed invitation links still work, for services about to send or show one. */
@RestController
@Tag(name = "Answers for other services")
public class InvitationLinkCheckController {

    /** A sender's id for its holds. */
    static final String HOLDER = "[A-Za-z0-9-]{8,64}";
    static final String HOLDER_MESSAGE = "must be 8 to 64 letters, digits or dashes";

    private final InvitationLinkChecks checks;

    public InvitationLinkCheckController(InvitationLinkChecks checks) {
        this.checks = checks;
    }

    public record LinkChecksRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Link> links,
                                    @Valid Hold hold) {
    }

    @Schema(description = "Asked by a sender about to hand the live links' emails to the mail server: the live "
            + "invitations stay held for it until it deletes the hold or the hold expires. A cancel or resend of a "
            + "held invitation answers only then, so no email with a link dead at its answer is sent after it.")
    public record Hold(@NotNull @Pattern(regexp = HOLDER, message = HOLDER_MESSAGE) String holder,
                       @Schema(description = "how long the hold lasts at most, in seconds")
                       @NotNull @Min(1) @Max(60) Integer seconds) {
    }

    public record Link(@NotNull @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE)
                       String invitationId,
                       @Schema(description = "hex SHA-256 of the link secret")
                       @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be a hex SHA-256 (64 hex digits)")
                       String tokenHash) {
    }

    public record LiveLinksResponse(@Schema(description = "ids of the invitations whose link is still live, in the "
            + "order asked, each once") List<String> live) {
    }

    @PostMapping("/invitation-link-checks")
    @Operation(summary = "Which invitation links still work",
            description = "For other Partnerhub services (role SERVICE; OPS also allowed, anyone else 403). Answers "
                    + "from partnership-service's database at the moment of the call. An invitation id is live when "
                    + "the invitation is still pending, its deadline has not passed and tokenHash is the hash of its "
                    + "current link secret (a resend replaces it, so the old link is dead at once). Unknown ids are "
                    + "not live. 1 to 1000 links per call. With a hold, the live invitations stay held for the "
                    + "sender (see Hold).")
    public LiveLinksResponse check(Caller caller, @Valid @RequestBody LinkChecksRequest request) {
        return new LiveLinksResponse(checks.live(caller, request.links().stream()
                .map(link -> new LinkCheck(link.invitationId(), link.tokenHash())).toList(),
                Optional.ofNullable(request.hold())
                        .map(hold -> new SendHold(hold.holder(), Duration.ofSeconds(hold.seconds())))));
    }

    @DeleteMapping("/invitation-link-checks/holds/{holder}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Let go of a sender's holds",
            description = "For other Partnerhub services (role SERVICE or OPS): the sender's emails were accepted or "
                    + "refused by the mail server. Deleting holds that expired or never existed is not an error.")
    public void release(Caller caller,
                        @PathVariable @Pattern(regexp = HOLDER, message = HOLDER_MESSAGE) String holder) {
        checks.release(caller, holder);
    }
}
