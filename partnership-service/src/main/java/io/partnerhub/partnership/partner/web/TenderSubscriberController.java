package io.partnerhub.partnership.partner.web;

import io.partnerhub.partnership.web.IdFormats;
import jakarta.validation.constraints.Pattern;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.partner.TenderSubscriber;
import io.partnerhub.partnership.partner.application.TenderSubscribers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The partners that receive tender requests (R4), for tender-service's fan-out. */
@RestController
@Tag(name = "Answers for other services")
public class TenderSubscriberController {

    private final TenderSubscribers subscribers;

    public TenderSubscriberController(TenderSubscribers subscribers) {
        this.subscribers = subscribers;
    }

    public record SubscribersResponse(List<TenderSubscriber> subscribers) {
    }

    @GetMapping("/tender-subscribers")
    @Operation(summary = "Partners opted in to tender requests, a page at a time",
            description = "For other Partnerhub services (role SERVICE; OPS also allowed, anyone else 403). Answers "
                    + "from partnership-service's database at the moment of the call, so a partner that opted out is "
                    + "absent from the very next answer. Sorted by partnerId; the next page starts after the last "
                    + "partnerId of this one, and a page shorter than limit is the last. email, language and "
                    + "personName are the partner's contact; productCategories and languages its opt-in (empty = "
                    + "all); version the partner's revision (its events' aggregateVersion).")
    public SubscribersResponse page(Caller caller,
                                    @Parameter(description = "the last partnerId of the previous page; absent for "
                                            + "the first page") @RequestParam(required = false) String after,
                                    @Parameter(description = "at most this many, 1 to 1000")
                                    @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int limit) {
        String cursor = after == null || after.isBlank() ? null : after;
        return new SubscribersResponse(subscribers.page(caller, cursor, limit));
    }

    @GetMapping("/tender-subscribers/{partnerId}")
    @Operation(summary = "One partner opted in to tender requests",
            description = "For other Partnerhub services (role SERVICE; OPS also allowed, anyone else 403). Answers "
                    + "from partnership-service's database at the moment of the call; 404 when the partner does not "
                    + "exist or is not opted in now.")
    public TenderSubscriber one(Caller caller, @PathVariable @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String partnerId) {
        return subscribers.one(caller, partnerId);
    }
}
