package io.partnerhub.tender.reveal.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ForbiddenException;

/**
 * R5, least privilege: who behind a tender request asked, and answering it, are the partner's legal
 * representatives' (or admins') business. Collaborators act for customers; they see the excerpts
 * and the need, never the requester's contact.
 */
final class PartnerRepresentation {

    static final String REVEAL_REFUSED =
            "only the partner's legal representatives reveal a tender request and see who asked";
    static final String PROPOSAL_REFUSED =
            "only the partner's legal representatives answer a tender request with a proposal";

    private PartnerRepresentation() {
    }

    static boolean representsThePartner(Caller caller) {
        return caller.hasAnyRole(Caller.LEGAL_REPRESENTATIVE, Caller.ADMIN);
    }

    static void ensureRepresentsThePartner(Caller caller, String refusal) {
        if (!representsThePartner(caller)) {
            throw new ForbiddenException(refusal);
        }
    }
}
