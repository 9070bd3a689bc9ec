package io.partnerhub.e2e;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts the tries of one race (a change, then the dependent request fired as soon as the change
 * was confirmed) and the wrong outcomes among them, prints {@code tries × wrong} and fails on any
 * wrong outcome, naming each.
 */
final class RaceTally {

    static final int TRIES = 50;

    private final String race;
    private final List<String> wrong = new ArrayList<>();
    private int tries;

    RaceTally(String race) {
        this.race = race;
    }

    /** One try: {@code right} is the outcome the rule demands; {@code seen} describes what happened. */
    void record(boolean right, String seen) {
        tries++;
        if (!right) {
            wrong.add("try " + tries + ": " + seen);
        }
    }

    void assertNoWrongOutcome() {
        System.out.printf("[race] %s: %d tries, %d wrong outcomes%n", race, tries, wrong.size());
        assertThat(tries).as(race + ": tries").isGreaterThanOrEqualTo(TRIES);
        assertThat(wrong).as(race + ": wrong outcomes").isEmpty();
    }
}
