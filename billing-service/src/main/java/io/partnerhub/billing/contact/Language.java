package io.partnerhub.billing.contact;

/** The languages Partnerhub writes emails in. */
public enum Language {
    ES, DE, EN, FR, IT
}
