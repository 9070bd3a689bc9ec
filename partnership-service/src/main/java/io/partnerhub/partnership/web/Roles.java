package io.partnerhub.partnership.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ForbiddenException;

/** Role checks inside the caller's own organization (outside it, objects answer 404 instead). */
public final class Roles {

    private Roles() {
    }

    /** R5/R9/R10/R15: only a legal representative commits the organization. */
    public static void requireLegalRepresentative(Caller caller) {
        if (!caller.hasRole(Caller.LEGAL_REPRESENTATIVE)) {
            throw new ForbiddenException("only a legal representative of the organization may do this");
        }
    }

    public static void requireLegalRepresentativeOrAdmin(Caller caller) {
        if (!caller.hasAnyRole(Caller.LEGAL_REPRESENTATIVE, Caller.ADMIN)) {
            throw new ForbiddenException("only a legal representative or an administrator may do this");
        }
    }

    public static void requireOps(Caller caller) {
        if (!caller.hasRole(Caller.OPS)) {
            throw new ForbiddenException("only platform operations may do this");
        }
    }

    /** The owner's answers to other Partnerhub services (their own client-credentials token) and to operations. */
    public static void requireServiceOrOps(Caller caller) {
        if (!caller.hasAnyRole(Caller.SERVICE, Caller.OPS)) {
            throw new ForbiddenException("only Partnerhub services and platform operations may ask this");
        }
    }
}
