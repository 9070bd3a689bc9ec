package io.partnerhub.notification.delivery;

import java.util.List;
import java.util.Set;

/** The service that owns tender requests, asked whether they are still open. */
public interface TenderOwner {

    /**
     * Which of these tenders (1 to 1000 distinct ids) are open now.
     *
     * @throws RuntimeException when it cannot answer (unreachable, timed out, 5xx, malformed answer)
     */
    Set<String> openAmong(List<String> tenderIds);
}
