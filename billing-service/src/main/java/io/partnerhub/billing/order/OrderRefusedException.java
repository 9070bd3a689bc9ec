package io.partnerhub.billing.order;

/** An order the partnership does not allow; the web edge turns it into a problem response. */
public class OrderRefusedException extends RuntimeException {

    private final OrderRefusal refusal;

    public OrderRefusedException(OrderRefusal refusal, String detail) {
        super(detail);
        this.refusal = refusal;
    }

    public OrderRefusal refusal() {
        return refusal;
    }
}
