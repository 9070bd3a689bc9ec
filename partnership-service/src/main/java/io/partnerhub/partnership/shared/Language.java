package io.partnerhub.partnership.shared;

/** Languages the provider's site speaks; emails go out in the recipient's one. */
public enum Language { ES, DE, EN, FR, IT }
