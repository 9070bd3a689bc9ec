package io.partnerhub.partnership.partnership;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTest {

    @Test
    void limitedAccessHasProductsAndNoPaymentMode() {
        assertThatThrownBy(() -> Access.limited(Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Access(AccessLevel.LIMITED, Set.of("a"), Set.of(), PaymentMode.PARTNER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fullAccessHasAPaymentModeAndNoProductList() {
        assertThatThrownBy(() -> Access.full(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Access(AccessLevel.FULL, Set.of("a"), Set.of(), PaymentMode.CUSTOMER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coversListedProductsWholeCategoriesOrEverything() {
        Access limited = Access.limited(Set.of("web-1"), Set.of("mail"));
        assertThat(limited.covers("web-1", "hosting")).isTrue();
        assertThat(limited.covers("mail-9", "mail")).isTrue();
        assertThat(limited.covers("web-2", "hosting")).isFalse();
        assertThat(Access.full(PaymentMode.CUSTOMER).covers("anything", null)).isTrue();
    }

    @Test
    void includesAndWidens() {
        Access web = Access.limited(Set.of("web-1"), Set.of());
        Access webAndMail = Access.limited(Set.of("web-1"), Set.of("mail"));
        assertThat(webAndMail.includes(web)).isTrue();
        assertThat(web.includes(webAndMail)).isFalse();
        assertThat(web.widenedBy(Access.limited(Set.of(), Set.of("mail")), null)).isEqualTo(webAndMail);
        assertThat(web.widenedBy(Access.full(PaymentMode.PARTNER), PaymentMode.PARTNER))
                .isEqualTo(Access.full(PaymentMode.PARTNER));
    }
}
