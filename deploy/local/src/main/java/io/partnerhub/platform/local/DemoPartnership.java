package io.partnerhub.platform.local;

/** What the partnership steps established for the later ones: who is signed in, and the partnership. */
record DemoPartnership(String partnerToken, String otherPartnerToken, String customerToken, String partnershipId) {
}
