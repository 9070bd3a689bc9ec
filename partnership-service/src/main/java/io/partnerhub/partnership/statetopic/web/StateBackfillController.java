package io.partnerhub.partnership.statetopic.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.statetopic.application.StateBackfill;
import io.partnerhub.partnership.statetopic.application.StateBackfill.Backfilled;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: publish every partner's and partnership's current state to the state topics (idempotent). */
@RestController
public class StateBackfillController {

    private final StateBackfill backfill;

    public StateBackfillController(StateBackfill backfill) {
        this.backfill = backfill;
    }

    @PostMapping("/ops/state-topics/backfill")
    public Backfilled backfill(Caller caller) {
        return backfill.run(caller);
    }
}
