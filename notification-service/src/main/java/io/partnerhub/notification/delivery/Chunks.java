package io.partnerhub.notification.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a claimed batch into the chunks that are checked and sent one after the other, in the
 * batch's order: each holds at most {@code maxChecked} emails that need a check, so an answer
 * "still valid" covers at most that many emails. Emails that need no check ride along in the
 * chunk they fall into and do not count.
 */
public final class Chunks {

    private Chunks() {
    }

    public static <T> List<List<T>> of(List<T> items, Predicate<? super T> needsCheck, int maxChecked) {
        if (maxChecked < 1) {
            throw new IllegalArgumentException("a chunk must hold at least one checked email, not " + maxChecked);
        }
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        int checked = 0;
        for (T item : items) {
            boolean counts = needsCheck.test(item);
            if (counts && checked == maxChecked) {
                chunks.add(current);
                current = new ArrayList<>();
                checked = 0;
            }
            current.add(item);
            if (counts) {
                checked++;
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
