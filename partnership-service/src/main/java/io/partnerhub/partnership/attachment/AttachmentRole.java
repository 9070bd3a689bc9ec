package io.partnerhub.partnership.attachment;

/** How another organization is attached to a customer's organization; PARTNER is the strongest. */
public enum AttachmentRole { EXTERNAL_USER, PARTNER }
