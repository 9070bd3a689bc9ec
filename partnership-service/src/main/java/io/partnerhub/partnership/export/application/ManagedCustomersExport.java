package io.partnerhub.partnership.export.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.export.CsvLine;
import io.partnerhub.kit.web.ForbiddenException;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.partnership.persistence.Versioned;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * R6: a partner's managed customers as CSV, streamed from a database cursor row by row (memory
 * stays flat for 100,000 rows). Collaborators get only the customers assigned to them.
 */
@Service
public class ManagedCustomersExport {

    static final List<String> HEADER = List.of("partnership_id", "customer_id", "customer_name", "contact_email",
            "access_level", "product_ids", "product_categories", "payment_mode", "started_at");

    private final PartnerStore partners;
    private final PartnershipStore partnerships;

    public ManagedCustomersExport(PartnerStore partners, PartnershipStore partnerships) {
        this.partners = partners;
        this.partnerships = partnerships;
    }

    /** Checks the caller before anything is streamed; answers the writer of the body. */
    public Body prepare(Caller caller) {
        Partner partner = partners.find(caller.organizationId()).map(Versioned::aggregate)
                .orElseThrow(() -> new NotFoundException("the organization is not a partner"));
        boolean everything = caller.hasAnyRole(Caller.LEGAL_REPRESENTATIVE, Caller.ADMIN);
        if (!everything && !caller.hasRole(Caller.COLLABORATOR)) {
            throw new ForbiddenException("only the partner's users may export its customers");
        }
        return out -> write(out, partner, everything ? null : caller.userId());
    }

    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private void write(OutputStream out, Partner partner, String collaboratorUserId) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvLine.of(HEADER));
        try (Stream<Partnership> rows = partnerships.liveOfPartner(partner.id())) {
            var iterator = rows.filter(p -> collaboratorUserId == null
                    || partner.collaboratorMayManage(collaboratorUserId, p.customer().organizationId())).iterator();
            while (iterator.hasNext()) {
                writer.write(CsvLine.of(row(iterator.next())));
            }
        }
        writer.flush();
    }

    private static List<String> row(Partnership p) {
        return List.of(p.id(), p.customer().organizationId(), p.customer().name(), p.customer().contact().email(),
                p.access().level().name(), String.join(" ", p.access().productIds().stream().sorted().toList()),
                String.join(" ", p.access().productCategories().stream().sorted().toList()),
                p.access().paymentMode() == null ? "" : p.access().paymentMode().name(), p.startedAt().toString());
    }
}
