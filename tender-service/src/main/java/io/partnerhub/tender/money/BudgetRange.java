package io.partnerhub.tender.money;

import java.util.Optional;

/** What the requester means to spend: a lower and/or upper bound in one currency. */
public record BudgetRange(Money min, Money max) {

    public BudgetRange {
        if (min == null && max == null) {
            throw new IllegalArgumentException("a budget range needs a minimum or a maximum");
        }
        if (min != null && max != null) {
            if (min.currency() != max.currency()) {
                throw new IllegalArgumentException("budget minimum and maximum must share one currency");
            }
            if (min.isMoreThan(max)) {
                throw new IllegalArgumentException("budget minimum is above the maximum");
            }
        }
    }

    public Optional<Money> minimum() {
        return Optional.ofNullable(min);
    }

    public Optional<Money> maximum() {
        return Optional.ofNullable(max);
    }

    public Currency currency() {
        return min != null ? min.currency() : max.currency();
    }
}
