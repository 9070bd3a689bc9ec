package io.partnerhub.partnership.partnership;

import io.partnerhub.partnership.shared.RuleViolation;

/** Step 2 of R15 does not match a live step 1 (unknown id, other user, or too late). */
public class TerminationNotConfirmable extends RuleViolation {

    public TerminationNotConfirmable(String why) {
        super(why);
    }
}
