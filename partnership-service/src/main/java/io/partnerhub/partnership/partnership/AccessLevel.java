package io.partnerhub.partnership.partnership;

/** Limited: chosen products or whole product categories; full: the whole organization (R7). */
public enum AccessLevel { LIMITED, FULL }
