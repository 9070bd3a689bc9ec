package io.partnerhub.partnership.partnership;

/** LIVE from acceptance until both termination steps are done (ENDED). */
public enum PartnershipState { LIVE, ENDED }
