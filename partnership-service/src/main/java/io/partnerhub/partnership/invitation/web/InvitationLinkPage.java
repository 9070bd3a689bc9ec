package io.partnerhub.partnership.invitation.web;

/**
 * What the invitee's page shows, worded for their language: the pending invitation with its two
 * forms, the confirmation right after answering, a closed invitation, or a bad link.
 */
record InvitationLinkPage(Kind kind, String language, String direction, String senderName, String inviteeName,
                          boolean fullAccess, String scope, String paymentMode, String expiresOn, String state,
                          String acceptAction, String declineAction) {

    enum Kind { OPEN, ACCEPTED_NOW, DECLINED_NOW, GONE, INVALID }

    static InvitationLinkPage invalid(String language) {
        return new InvitationLinkPage(Kind.INVALID, language, null, null, null, false, null, null, null, null, null,
                null);
    }
}
