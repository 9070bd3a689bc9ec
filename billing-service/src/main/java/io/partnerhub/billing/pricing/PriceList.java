package io.partnerhub.billing.pricing;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.partnerhub.billing.pricing.BillingPeriod.MONTHLY;
import static io.partnerhub.billing.pricing.BillingPeriod.YEARLY;

/** The products on sale and the volume tiers: data, looked up by product id. */
public final class PriceList {

    private final Map<String, Product> products = new LinkedHashMap<>();
    private final VolumeTiers volumeTiers;

    public PriceList(List<Product> products, VolumeTiers volumeTiers) {
        products.forEach(product -> this.products.put(product.id(), product));
        this.volumeTiers = volumeTiers;
    }

    /**
     * The standard price list: public prices per billing period, excluding VAT. Hosting, mail,
     * servers and backup are monthly; a domain name is registered for a year. The web hosting price
     * is the seed's (35 × 9.92 = CHF 347.20; 35 × 5.75 = EUR 201.25, per month).
     */
    public static PriceList standard() {
        return new PriceList(List.of(
                product("web-hosting", "Web hosting", ProductCategory.WEB_HOSTING, MONTHLY, "9.92", "5.75"),
                product("mail-hosting", "Mail service (per mailbox)", ProductCategory.MAIL_HOSTING, MONTHLY, "1.50", "1.40"),
                product("domain-ch", "Domain name .ch", ProductCategory.DOMAIN, YEARLY, "1.10", "1.00"),
                product("cloud-server", "Cloud server", ProductCategory.CLOUD_SERVER, MONTHLY, "19.00", "17.50"),
                product("swiss-backup", "Swiss Backup (1 TB)", ProductCategory.BACKUP, MONTHLY, "5.50", "5.10")),
                VolumeTiers.STANDARD);
    }

    private static Product product(String id, String name, ProductCategory category, BillingPeriod period,
                                   String chf, String eur) {
        return new Product(id, name, category, period,
                Map.of(Currency.CHF, Money.of(chf, Currency.CHF), Currency.EUR, Money.of(eur, Currency.EUR)));
    }

    public Optional<Product> find(String productId) {
        return Optional.ofNullable(products.get(productId));
    }

    public Product product(String productId) {
        return find(productId).orElseThrow(() -> new IllegalArgumentException("Unknown product: " + productId));
    }

    public Collection<Product> products() {
        return products.values();
    }

    public VolumeTiers volumeTiers() {
        return volumeTiers;
    }
}
