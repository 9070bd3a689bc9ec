package io.partnerhub.billing.subscription;

/** A change the subscription's state does not allow (409), e.g. changing a lapsed one. */
public class SubscriptionRuleException extends RuntimeException {

    public SubscriptionRuleException(String message) {
        super(message);
    }
}
