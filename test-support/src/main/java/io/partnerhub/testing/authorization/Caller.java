package io.partnerhub.testing.authorization;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of caller every cell of an authorization matrix is tried with, each named by the
 * column heading it has in the matrix file.
 */
public enum Caller {
    /** A legal representative of the customer that owns the object. */
    OWNER("owner"),
    /** A legal representative of a customer with no tie to the object. */
    OTHER_CUSTOMER("other customer"),
    /** A legal representative of the partner linked to the owning customer. */
    PARTNER("partner"),
    /** A collaborator of that partner holding the grant the endpoint needs. */
    COLLABORATOR_GRANTED("collaborator granted"),
    /** A collaborator of that partner holding no grant. */
    COLLABORATOR_UNGRANTED("collaborator ungranted"),
    /** A legal representative of a partner with no partnership with the owner. */
    UNLINKED_PARTNER("unlinked partner"),
    /** A legal representative of a partner whose partnership with the owner has ended. */
    ENDED_PARTNER("ended partner"),
    /** The provider's operations staff. */
    OPS("ops"),
    /** No token at all. */
    ANONYMOUS("anonymous"),
    /** The owner's token, past its expiry. */
    EXPIRED("expired token");

    private final String heading;

    Caller(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    static Optional<Caller> byHeading(String heading) {
        return Arrays.stream(values()).filter(caller -> caller.heading.equalsIgnoreCase(heading.trim())).findFirst();
    }
}
