package io.partnerhub.notification.message;

import java.util.List;
import java.util.Locale;

/**
 * Every email Partnerhub sends (R35, R9–R33, the subscription emails of R18–R25), with the template data each one needs and the
 * values its localized subject names. Optional data (a budget, a price) is not listed.
 */
public enum MessageKind {
    INVITATION_RECEIVED(
            List.of("direction", "partnerName", "customerName", "requestedAccess", "expiresAt", "respondLink"),
            List.of("partnerName", "customerName")),
    INVITATION_ACCEPTED(List.of("partnerName", "customerName", "grantedAccess"), List.of("partnerName", "customerName")),
    INVITATION_DECLINED(List.of("partnerName", "customerName"), List.of("partnerName", "customerName")),
    INVITATION_CANCELLED(List.of("partnerName", "customerName"), List.of("partnerName", "customerName")),
    INVITATION_EXPIRING_SOON(List.of("partnerName", "customerName", "expiresAt", "daysLeft"),
            List.of("partnerName", "customerName")),
    INVITATION_EXPIRED(List.of("partnerName", "customerName"), List.of("partnerName", "customerName")),
    ACCESS_CHANGED(List.of("customerName", "previousAccess", "access"), List.of("customerName")),
    PAYMENT_MODE_CHANGED(List.of("customerName", "previousMode", "paymentMode"), List.of("customerName")),
    ACCESS_INCREASE_REQUESTED(List.of("partnerName", "currentAccess", "requestedAccess", "reviewLink"),
            List.of("partnerName")),
    PARTNERSHIP_ENDED(List.of("partnerName", "customerName", "endedBy"), List.of("partnerName", "customerName")),
    TENDER_CONFIRMATION(List.of("title", "expiresAt", "cancelLink"), List.of("title")),
    TENDER_OFFERED(List.of("title", "summary", "expiresAt", "tenderLink"), List.of("title")),
    PROPOSAL_RECEIVED(List.of("tenderTitle", "partnerName", "text"), List.of("tenderTitle")),
    TENDER_WITHDRAWN(List.of("tenderTitle", "reason"), List.of("tenderTitle")),
    PARTNER_PROGRAM_STATUS_CHANGED(List.of("previousStatus", "status", "yearlyVolume"), List.of()),
    SUBSCRIPTION_RENEWAL_REMINDER(List.of("productName", "quantity", "renewsAt", "daysBefore"), List.of("productName")),
    SUBSCRIPTION_LAPSED(List.of("productName", "quantity", "reason", "lapsedAt"), List.of("productName"));

    private final List<String> requiredData;
    private final List<String> subjectArguments;

    MessageKind(List<String> requiredData, List<String> subjectArguments) {
        this.requiredData = requiredData;
        this.subjectArguments = subjectArguments;
    }

    /** Template data without which this email cannot be written. */
    public List<String> requiredData() {
        return requiredData;
    }

    /** Data named, in order, by the localized subject ({0}, {1}, ...). */
    public List<String> subjectArguments() {
        return subjectArguments;
    }

    /** The name of its templates and the prefix of its message keys, e.g. "invitation-received". */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
