package io.partnerhub.partnership.partner.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * R3: one document per organization naming the one program it is in (partner or affiliate). The
 * id is the organization id, so two concurrent enrolments cannot both win.
 */
@Component
public class ProgramMemberships {

    public enum Program { PARTNER, AFFILIATE }

    @Document("program_memberships")
    record Membership(@Id String organizationId, Program program, Instant since) {
    }

    private final MongoTemplate mongo;

    public ProgramMemberships(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Enrols the organization; answers the program it is already in when that is another one. */
    public Optional<Program> enrol(String organizationId, Program program, Instant now) {
        try {
            mongo.insert(new Membership(organizationId, program, now));
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            Program current = programOf(organizationId).orElse(program);
            return current == program ? Optional.empty() : Optional.of(current);
        }
    }

    public Optional<Program> programOf(String organizationId) {
        return Optional.ofNullable(mongo.findById(organizationId, Membership.class)).map(Membership::program);
    }
}
