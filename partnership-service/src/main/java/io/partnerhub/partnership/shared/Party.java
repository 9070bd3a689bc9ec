package io.partnerhub.partnership.shared;

import java.util.Objects;

/** One side of an invitation or partnership: the organization, its name and who is told. */
public record Party(String organizationId, String name, Contact contact) {

    public Party {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
    }
}
