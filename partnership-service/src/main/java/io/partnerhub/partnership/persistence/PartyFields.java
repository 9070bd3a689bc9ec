package io.partnerhub.partnership.persistence;

import io.partnerhub.partnership.shared.Contact;
import io.partnerhub.partnership.shared.Language;
import io.partnerhub.partnership.shared.Party;

/** A side of an invitation or partnership as stored: {@code {organizationId, name, contact: {email, language, name}}}. */
public record PartyFields(String organizationId, String name, ContactFields contact) {

    public record ContactFields(String email, Language language, String name) {

        public static ContactFields from(Contact contact) {
            return new ContactFields(contact.email(), contact.language(), contact.name());
        }

        public Contact toContact() {
            return new Contact(email, language, name);
        }
    }

    public static PartyFields from(Party party) {
        return new PartyFields(party.organizationId(), party.name(), ContactFields.from(party.contact()));
    }

    public Party toParty() {
        return new Party(organizationId, name, contact.toContact());
    }
}
