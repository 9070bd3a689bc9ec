package io.partnerhub.e2e;

import io.partnerhub.events.notification.NotificationFailed;
import io.partnerhub.events.notification.NotificationSent;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.util.List;

/**
 * Starts {@link Partnerhub} once per test JVM (before the first class that uses it) and stops the four
 * service processes when the whole run ends, failed or not: the root store closes what it holds. Prints
 * the suite's time at the end and every service's log tail when a test fails.
 */
public class PartnerhubExtension implements BeforeAllCallback, TestWatcher {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Stopper.class, key -> new Stopper(), Stopper.class);
        Partnerhub.get();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Partnerhub running = Partnerhub.runningOrNull();
        System.out.println("[e2e] FAILED " + context.getDisplayName() + ": " + cause);
        if (running != null) {
            running.printLogTails();
        }
    }

    /** Closed by JUnit when the root context ends, i.e. after the last test class of the run. */
    private static final class Stopper implements AutoCloseable {
        private final long started = System.nanoTime();

        @Override
        public void close() {
            Partnerhub running = Partnerhub.runningOrNull();
            if (running == null) {
                return;
            }
            System.out.printf("[e2e] suite time %.1f s (services started in %.1f s); %d events read, %d undecodable%s;"
                            + " stopping the services%n", (System.nanoTime() - started) / 1e9,
                    running.startTime().toMillis() / 1000.0, running.events().count(), running.events().undecodable().size(),
                    running.events().undecodable().isEmpty() ? "" : " " + running.events().undecodable());
            List<NotificationFailed> failed = running.events().all(NotificationFailed.class, e -> true);
            System.out.printf("[e2e] emails: %d NotificationSent, %d NotificationFailed%s%n",
                    running.events().all(NotificationSent.class, e -> true).size(), failed.size(),
                    failed.isEmpty() ? "" : " " + failed);
            long stopping = System.nanoTime();
            running.close();
            System.out.printf("[e2e] services stopped in %.1f s%n", (System.nanoTime() - stopping) / 1e9);
        }
    }
}
