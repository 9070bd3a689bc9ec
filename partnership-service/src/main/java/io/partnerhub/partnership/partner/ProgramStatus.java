package io.partnerhub.partnership.partner;

/** Whether the partner meets the program's yearly volume condition (R2). */
public enum ProgramStatus { ACTIVE, BELOW_THRESHOLD }
