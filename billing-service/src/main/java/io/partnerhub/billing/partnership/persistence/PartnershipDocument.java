package io.partnerhub.billing.partnership.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** Billing's local copy of one partnership, kept from partnership-service's partnership-state topic. */
@Document("partnerships")
@CompoundIndex(name = "partner_customer", def = "{'partnerId': 1, 'customerId': 1}")
public record PartnershipDocument(@Id String id, String partnerId, @Indexed String customerId, String access,
                                  List<String> productIds, List<String> productCategories, String paymentMode,
                                  boolean live, Instant startedAt, Instant endedAt, long aggregateVersion) {
}
