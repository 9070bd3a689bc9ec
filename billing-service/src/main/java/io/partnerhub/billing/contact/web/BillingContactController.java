package io.partnerhub.billing.contact.web;

import io.partnerhub.billing.collaborator.OrderingPermission;
import io.partnerhub.billing.contact.BillingContact;
import io.partnerhub.billing.contact.Language;
import io.partnerhub.billing.contact.persistence.BillingContactStore;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ForbiddenException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * The calling organization's billing contact: where its renewal reminders and lapse notices go, in
 * its language. Every user of the organization reads it; its legal representatives and admins set it.
 */
@RestController
@RequestMapping("/billing-contact")
class BillingContactController {

    private final BillingContactStore contacts;
    private final Clock clock;

    BillingContactController(BillingContactStore contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    record ContactBody(@NotBlank @Size(max = 254) String email, @NotNull Language language,
                       @Size(min = 1, max = 200) String name) {
    }

    record ContactView(String organizationId, String email, Language language, String name) {

        static ContactView of(BillingContact contact) {
            return new ContactView(contact.organizationId(), contact.email(), contact.language(), contact.name());
        }
    }

    @GetMapping
    ContactView read(Caller caller) {
        String organization = requireOrganization(caller);
        return contacts.find(organization).map(ContactView::of)
                .orElseThrow(() -> new NotFoundException("Organization " + organization + " has no billing contact"));
    }

    @PutMapping
    ContactView write(Caller caller, @Valid @RequestBody ContactBody body) {
        String organization = requireOrganization(caller);
        if (!OrderingPermission.representsOrganization(caller.roles())) {
            throw new ForbiddenException("Only legal representatives and admins set the billing contact");
        }
        BillingContact contact = new BillingContact(organization, body.email(), body.language(), body.name());
        contacts.save(contact, clock.instant());
        return ContactView.of(contact);
    }

    private static String requireOrganization(Caller caller) {
        if (caller.organizationId() == null) {
            throw new NotFoundException("No billing contact: the caller acts for no organization");
        }
        return caller.organizationId();
    }
}
