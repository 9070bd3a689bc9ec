package io.partnerhub.billing.pricing;

import io.partnerhub.billing.money.Rate;

import java.util.Locale;

/**
 * Product categories, each with the partner's preferential rate (R21: 20% usual, up to 35%) and
 * whether the volume tiers of web/mail hosting apply (R22).
 */
public enum ProductCategory {
    WEB_HOSTING(Rate.percent(20), true),
    MAIL_HOSTING(Rate.percent(20), true),
    DOMAIN(Rate.percent(20), false),
    CLOUD_SERVER(Rate.percent(25), false),
    BACKUP(Rate.percent(35), false);

    private final Rate partnerRate;
    private final boolean volumeTiered;

    ProductCategory(Rate partnerRate, boolean volumeTiered) {
        this.partnerRate = partnerRate;
        this.volumeTiered = volumeTiered;
    }

    public Rate partnerRate() {
        return partnerRate;
    }

    public boolean volumeTiered() {
        return volumeTiered;
    }

    /** Reads "WEB_HOSTING", "web_hosting" or "web-hosting" alike (other services may spell it either way). */
    public static ProductCategory parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** True when the text names this category in any of the spellings {@link #parse} accepts. */
    public boolean isNamedBy(String name) {
        try {
            return parse(name) == this;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
