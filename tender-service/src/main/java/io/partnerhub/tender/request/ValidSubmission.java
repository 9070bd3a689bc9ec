package io.partnerhub.tender.request;

import io.partnerhub.tender.contact.RequesterContact;

/** A submission that passed every rule. */
public record ValidSubmission(TenderNeed need, RequesterContact requester) {
}
