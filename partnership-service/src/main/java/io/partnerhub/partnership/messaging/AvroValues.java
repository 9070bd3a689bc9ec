package io.partnerhub.partnership.messaging;

import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.partnership.AccessLevel;
import io.partnerhub.events.partnership.PartnershipSide;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.shared.Contact;
import io.partnerhub.partnership.shared.Side;

import java.util.List;
import java.util.Set;

/** Domain values to their Avro counterparts, at the edge. */
public final class AvroValues {

    private AvroValues() {
    }

    public static io.partnerhub.events.partnership.Access access(Access access) {
        if (access == null) {
            return null;
        }
        return io.partnerhub.events.partnership.Access.newBuilder()
                .setLevel(AccessLevel.valueOf(access.level().name()))
                .setProductIds(sorted(access.productIds()))
                .setProductCategories(sorted(access.productCategories()))
                .setPaymentMode(paymentMode(access.paymentMode()))
                .build();
    }

    public static PaymentMode paymentMode(io.partnerhub.partnership.partnership.PaymentMode mode) {
        return mode == null ? null : PaymentMode.valueOf(mode.name());
    }

    public static Recipient recipient(Contact contact) {
        return Recipient.newBuilder()
                .setEmail(contact.email())
                .setLanguage(language(contact.language()))
                .setName(contact.name())
                .build();
    }

    public static Language language(io.partnerhub.partnership.shared.Language language) {
        return Language.valueOf(language.name());
    }

    public static PartnershipSide side(Side side) {
        return PartnershipSide.valueOf(side.name());
    }

    public static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
