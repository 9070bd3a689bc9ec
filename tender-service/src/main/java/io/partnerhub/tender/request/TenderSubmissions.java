package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.tender.abuse.SubmissionGuard;
import io.partnerhub.tender.reveal.RevealPolicy;

import java.time.Clock;
import java.util.UUID;

/** Anyone submits a request for free (R27); the confirmation with the cancel link follows from the event. */
public final class TenderSubmissions {

    private final TenderRequests requests;
    private final SubmissionGuard guard;
    private final ValidityPolicy validity;
    private final RevealPolicy revealPolicy;
    private final Clock clock;

    public TenderSubmissions(TenderRequests requests, SubmissionGuard guard, ValidityPolicy validity,
                             RevealPolicy revealPolicy, Clock clock) {
        this.requests = requests;
        this.guard = guard;
        this.validity = validity;
        this.revealPolicy = revealPolicy;
        this.clock = clock;
    }

    /** Validates first (a refused form costs no quota), then counts the attempt, then stores. */
    public TenderRequest submit(SubmissionForm form, String clientAddress) {
        ValidSubmission submission = SubmissionValidator.validate(form);
        guard.admit(submission.requester().email(), clientAddress);
        TenderRequest request = TenderRequest.submit(UUID.randomUUID().toString(), submission,
                LinkSecret.generate(), validity, revealPolicy, clock.instant());
        requests.add(request);
        return request;
    }
}
