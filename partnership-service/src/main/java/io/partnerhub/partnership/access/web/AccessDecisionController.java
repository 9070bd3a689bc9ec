package io.partnerhub.partnership.access.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.access.AccessDecision;
import io.partnerhub.partnership.access.AccessQuestion;
import io.partnerhub.partnership.access.application.AccessDecisions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** "May user U of organization O act on product X of customer C, and as whom?" for platform services. */
@RestController
public class AccessDecisionController {

    private final AccessDecisions decisions;

    public AccessDecisionController(AccessDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/access-decisions")
    public AccessDecision decide(Caller caller, @RequestParam String userId, @RequestParam String organizationId,
                                 @RequestParam(required = false) Set<String> roles, @RequestParam String customerId,
                                 @RequestParam String productId, @RequestParam(required = false) String productCategory) {
        return decisions.decide(caller, new AccessQuestion(userId, organizationId, roles, customerId, productId,
                productCategory));
    }
}
