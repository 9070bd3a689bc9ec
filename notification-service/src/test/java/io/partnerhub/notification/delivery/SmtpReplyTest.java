package io.partnerhub.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpReplyTest {

    @Test
    void classifiesRepliesByTheirClass() {
        assertThat(SmtpReply.of(250, "2.0.0 OK").outcome()).isEqualTo(AttemptOutcome.ACCEPTED);
        assertThat(SmtpReply.of(421, "4.3.2 shutting down").outcome()).isEqualTo(AttemptOutcome.TRANSIENT_FAILURE);
        assertThat(SmtpReply.of(451, "4.7.1 greylisted").outcome()).isEqualTo(AttemptOutcome.TRANSIENT_FAILURE);
        assertThat(SmtpReply.of(550, "5.1.1 no such user").outcome()).isEqualTo(AttemptOutcome.PERMANENT_FAILURE);
        assertThat(SmtpReply.of(554, "5.7.1 rejected").outcome()).isEqualTo(AttemptOutcome.PERMANENT_FAILURE);
    }

    @Test
    void timeoutsAndConnectionFailuresAreTransient() {
        assertThat(SmtpReply.noReply("connect timed out").outcome()).isEqualTo(AttemptOutcome.TRANSIENT_FAILURE);
        assertThat(SmtpReply.noReply("Connection refused").toString()).isEqualTo("(no reply) Connection refused");
    }

    @Test
    void anUnexpectedReplyIsTriedAgain() {
        assertThat(SmtpReply.of(354, "go ahead").outcome()).isEqualTo(AttemptOutcome.TRANSIENT_FAILURE);
    }
}
