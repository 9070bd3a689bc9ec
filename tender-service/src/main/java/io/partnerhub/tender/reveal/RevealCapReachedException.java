package io.partnerhub.tender.reveal;

/** Every reveal slot of the request is taken by other partners. */
public class RevealCapReachedException extends RuntimeException {

    public RevealCapReachedException(String tenderId, int cap) {
        super("Request " + tenderId + " was already revealed by " + cap + " partners, the most it allows");
    }
}
