package io.partnerhub.billing.partnership.client;

import io.partnerhub.billing.benefit.AccessLevel;
import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.benefit.PaymentMode;
import io.partnerhub.billing.collaborator.CollaboratorRights;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the owner's answer into billing's own domain types ({@link PartnershipTerms},
 * {@link CollaboratorRights}), so that checkout and the benefit policy stay as they are. Pure: no
 * Spring, no HTTP. Only partnerships matching what was asked are taken (anything else in an answer is
 * ignored, never trusted); an answer that cannot be read is {@link Unreadable}.
 */
public final class OwnerTerms {

    private OwnerTerms() {
    }

    /** A live partnership as the owner answered it, with its version (0 when the owner gave none). */
    public record Live(PartnershipTerms terms, long version) {
    }

    /**
     * What a partner may do for one customer right now: the live partnership between them (null: none)
     * and what the owner says of the calling user's collaborator rights for that customer (null: not said).
     */
    public record PartnerStanding(PartnershipTerms partnership, CollaboratorRights collaborator, long version) {

        public Optional<PartnershipTerms> live() {
            return Optional.ofNullable(partnership);
        }

        public Optional<CollaboratorRights> rights() {
            return Optional.ofNullable(collaborator);
        }
    }

    /** The owner answered something billing cannot read: treated as no answer at all. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** The customer's live partnerships (query {@code customerId=C}). */
    public static List<Live> ofCustomer(OwnerAnswer answer, String customerId) {
        return live(answer).stream().filter(live -> live.terms().customerId().equals(customerId)).toList();
    }

    /** The partner's live partnerships (query {@code partnerId=P}). */
    public static List<Live> ofPartner(OwnerAnswer answer, String partnerId) {
        return live(answer).stream().filter(live -> live.terms().partnerId().equals(partnerId)).toList();
    }

    /** The live partnership between the two, if any (query {@code customerId=C&partnerId=P}). */
    public static Optional<Live> between(OwnerAnswer answer, String partnerId, String customerId) {
        return live(answer).stream().filter(live -> live.terms().partnerId().equals(partnerId)
                && live.terms().customerId().equals(customerId)).findFirst();
    }

    /**
     * Query {@code customerId=C&partnerId=P&userId=U}: the partnership between P and C and whether U may
     * manage C for P. The owner's yes/no is held as rights for that one customer, so
     * {@link io.partnerhub.billing.collaborator.OrderingPermission} decides exactly as before.
     */
    public static PartnerStanding standing(OwnerAnswer answer, String partnerId, String customerId, String userId) {
        Optional<Live> live = between(answer, partnerId, customerId);
        OwnerAnswer.Collaborator collaborator = answer.collaborator();
        CollaboratorRights rights = null;
        if (collaborator != null && (collaborator.userId() == null || collaborator.userId().equals(userId))) {
            boolean mayManage = Boolean.TRUE.equals(collaborator.mayManage());
            rights = new CollaboratorRights(partnerId, userId, false,
                    mayManage ? Set.of(customerId) : Set.of(), false);
        }
        return new PartnerStanding(live.map(Live::terms).orElse(null), rights, live.map(Live::version).orElse(0L));
    }

    static List<Live> live(OwnerAnswer answer) {
        if (answer == null) {
            throw new Unreadable("empty answer");
        }
        if (answer.partnerships() == null) {
            return List.of();
        }
        return answer.partnerships().stream().filter(Objects::nonNull).map(OwnerTerms::read).toList();
    }

    private static Live read(OwnerAnswer.Partnership partnership) {
        if (blank(partnership.partnershipId()) || blank(partnership.partnerId()) || blank(partnership.customerId())) {
            throw new Unreadable("a partnership without partnershipId, partnerId or customerId");
        }
        try {
            PartnershipTerms terms = new PartnershipTerms(partnership.partnershipId(), partnership.partnerId(),
                    partnership.customerId(), AccessLevel.valueOf(required(partnership.accessLevel(), "accessLevel")),
                    partnership.productIds() == null ? null : new HashSet<>(partnership.productIds()),
                    partnership.productCategories() == null ? null : new HashSet<>(partnership.productCategories()),
                    partnership.paymentMode() == null ? null : PaymentMode.valueOf(partnership.paymentMode()),
                    true, partnership.startedAt() == null ? null : Instant.parse(partnership.startedAt()));
            return new Live(terms, partnership.version() == null ? 0 : partnership.version());
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new Unreadable("partnership " + partnership.partnershipId() + ": " + e.getMessage());
        }
    }

    private static String required(String value, String field) {
        if (blank(value)) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
