package io.partnerhub.tender.reveal;

/**
 * How many partners may reveal one request (beyond the seed, like lead marketplaces that pass a
 * lead to a few vendors). Each request keeps the cap it was submitted with.
 */
public record RevealPolicy(int cap) {

    public static final int DEFAULT_CAP = 5;

    public RevealPolicy {
        if (cap < 1) {
            throw new IllegalArgumentException("reveal cap must be at least 1");
        }
    }

    public static RevealPolicy standard() {
        return new RevealPolicy(DEFAULT_CAP);
    }
}
