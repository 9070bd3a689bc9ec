package io.partnerhub.tender.request.web;

import java.util.List;

/**
 * What the requester's page shows, already worded for their language: the request while it is open
 * (with the cancel form), the confirmation right after cancelling, a closed request, or a bad link.
 */
record RequesterLinkPage(Kind kind, String language, String title, String description, String status,
                         String expiresOn, int revealCount, int revealCap, List<String> revealedBy,
                         List<ProposalLine> proposals, String cancelAction) {

    enum Kind { OPEN, CANCELLED_NOW, GONE, INVALID }

    /** One partner's proposal as the requester reads it. */
    record ProposalLine(String partnerName, String submittedOn, String text, String price) {
    }

    static RequesterLinkPage invalid(String language) {
        return new RequesterLinkPage(Kind.INVALID, language, null, null, null, null, 0, 0, List.of(), List.of(), null);
    }
}
