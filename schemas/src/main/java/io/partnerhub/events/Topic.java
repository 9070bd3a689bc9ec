package io.partnerhub.events;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The one catalog of Partnerhub's topics: name, what the key is, partitions, cleanup policy,
 * retention and the event types each carries. Every topic has a dead-letter topic
 * ({@link #deadLetterName()}) for events a consumer could not process, kept with the reason.
 *
 * <p>Partition counts bound how many instances of a consumer group do useful work: 12 for the
 * busy aggregate streams (orders, offers, deliveries) and 6 for the low-volume ones.
 */
public enum Topic {
    PARTNERS("partnerhub.partnership.partner.v1", "partnerId", 6, CleanupPolicy.DELETE, Duration.ofDays(30),
            "PartnerApplied", "PartnerAdmitted", "PartnerProgramStatusChanged", "PartnerDirectoryListingChanged",
            "PartnerTenderOptInChanged", "PartnerCollaboratorRightsChanged"),
    INVITATIONS("partnerhub.partnership.invitation.v1", "invitationId", 6, CleanupPolicy.DELETE, Duration.ofDays(30),
            "InvitationCreated", "InvitationResent", "InvitationExpiringSoon", "InvitationAccepted",
            "InvitationDeclined", "InvitationCancelled", "InvitationExpired"),
    PARTNERSHIPS("partnerhub.partnership.partnership.v1", "partnershipId", 6, CleanupPolicy.DELETE, Duration.ofDays(30),
            "PartnershipStarted", "PartnershipAccessChanged", "PartnershipPaymentModeChanged",
            "PartnershipAccessIncreaseRequested", "PartnershipAccessIncreaseDeclined", "PartnershipTerminationRequested",
            "PartnershipTerminated"),
    PARTNER_STATES("partnerhub.partnership.partner-state.v1", "partnerId", 6, CleanupPolicy.COMPACT,
            Duration.ofDays(30), "PartnerState"),
    PARTNERSHIP_STATES("partnerhub.partnership.partnership-state.v1", "partnershipId", 6, CleanupPolicy.COMPACT,
            Duration.ofDays(30), "PartnershipState"),
    ORDERS("partnerhub.billing.order.v1", "orderId", 12, CleanupPolicy.DELETE, Duration.ofDays(30),
            "OrderPlaced", "InvoiceIssued", "DiscountApplied"),
    WALLETS("partnerhub.billing.wallet.v1", "partnerId", 6, CleanupPolicy.DELETE, Duration.ofDays(30),
            "CashbackCredited", "WalletDebited"),
    PARTNER_VOLUMES("partnerhub.billing.partner-volume.v1", "partnerId:currency", 6, CleanupPolicy.COMPACT,
            Duration.ofDays(30), "PartnerYearlyVolumeChanged"),
    SUBSCRIPTIONS("partnerhub.billing.subscription.v1", "subscriptionId", 6, CleanupPolicy.DELETE,
            Duration.ofDays(30), "SubscriptionStarted", "SubscriptionChanged", "SubscriptionRenewed",
            "SubscriptionLapsed", "SubscriptionRenewalReminder"),
    TENDERS("partnerhub.tender.request.v1", "tenderId", 6, CleanupPolicy.DELETE, Duration.ofDays(30),
            "TenderSubmitted", "TenderRevealed", "TenderProposalSubmitted", "TenderCancelled", "TenderExpired",
            "TenderWithdrawn"),
    TENDER_OFFERS("partnerhub.tender.offer.v1", "partnerId", 12, CleanupPolicy.DELETE, Duration.ofDays(30),
            "TenderOffered"),
    NOTIFICATIONS("partnerhub.notification.delivery.v1", "notificationId", 12, CleanupPolicy.DELETE, Duration.ofDays(14),
            "NotificationSent", "NotificationFailed");

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private final String topicName;
    private final String key;
    private final int partitions;
    private final CleanupPolicy cleanupPolicy;
    private final Duration retention;
    private final List<String> eventTypes;

    Topic(String topicName, String key, int partitions, CleanupPolicy cleanupPolicy, Duration retention,
          String... eventTypes) {
        this.topicName = topicName;
        this.key = key;
        this.partitions = partitions;
        this.cleanupPolicy = cleanupPolicy;
        this.retention = retention;
        this.eventTypes = List.of(eventTypes);
    }

    public String topicName() {
        return topicName;
    }

    /**
     * What the record key holds: the aggregate id, so one aggregate's events stay in order. On a
     * compacted topic the key is also what Kafka keeps one latest record for ({@link PartnerVolumeKey}).
     */
    public String key() {
        return key;
    }

    public int partitions() {
        return partitions;
    }

    public CleanupPolicy cleanupPolicy() {
        return cleanupPolicy;
    }

    public Duration retention() {
        return retention;
    }

    /** Simple names of the Avro records published on this topic. */
    public List<String> eventTypes() {
        return eventTypes;
    }

    public String deadLetterName() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    /** Topic configs for an admin client or a topic definition file. */
    public Map<String, String> configs() {
        return Map.of(
                "cleanup.policy", cleanupPolicy.configValue(),
                "retention.ms", Long.toString(retention.toMillis()));
    }

    public static Topic byName(String topicName) {
        return Arrays.stream(values())
                .filter(topic -> topic.topicName.equals(topicName) || topic.deadLetterName().equals(topicName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown topic: " + topicName));
    }
}
