package io.partnerhub.tender.proposal;

/** Only a partner that revealed the request may propose, and only a few times. */
public class ProposalNotAllowedException extends RuntimeException {

    public ProposalNotAllowedException(String message) {
        super(message);
    }
}
