package io.partnerhub.partnership.invitation;

import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.PaymentMode;
import io.partnerhub.partnership.shared.Contact;
import io.partnerhub.partnership.shared.Language;
import io.partnerhub.partnership.shared.Party;

import java.time.Instant;
import java.util.Set;

public final class InvitationFixture {

    public static final Party PARTNER = new Party("partner-org", "Helvetic Hosting AG",
            new Contact("legal@helvetic.example", Language.DE, "Anna"));
    public static final Party CUSTOMER = new Party("customer-org", "Boulangerie Dupont",
            new Contact("jean@dupont.example", Language.FR, "Jean"));
    public static final Access WEB_ONLY = Access.limited(Set.of("web-1"), Set.of());
    public static final Access FULL_CUSTOMER_PAYS = Access.full(PaymentMode.CUSTOMER);

    private InvitationFixture() {
    }

    public static Invitation.Creation fromPartner(Access requested, Instant now) {
        return Invitation.send("inv-1", InvitationDirection.PARTNER_TO_CUSTOMER, PARTNER, CUSTOMER, requested,
                "partner-user", now, InvitationPolicy.standard());
    }

    public static Invitation.Creation fromCustomer(Access requested, Instant now) {
        return Invitation.send("inv-2", InvitationDirection.CUSTOMER_TO_PARTNER, PARTNER, CUSTOMER, requested,
                "customer-user", now, InvitationPolicy.standard());
    }
}
