package io.partnerhub.kit.testapp;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.security.Caller;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import io.partnerhub.kit.security.StepUp;
import io.partnerhub.kit.web.ForbiddenException;
import io.partnerhub.kit.plain.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;

@RestController
class TestController {

    private final MongoTemplate mongo;
    private final Clock clock;

    TestController(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A state change with its event in the outbox, as a service writes it (for the tracing test). */
    @PostMapping("/test/outbox/{id}")
    Map<String, String> writeWithEvent(Caller caller, @PathVariable String id) {
        TestAggregate aggregate = new TestAggregate(id, "traced");
        OutboxMessage message = OutboxMessage.of(Topic.PARTNERS, id, TestEvents.listingChanged(id, 1, "traced"));
        aggregate.getOutbox().add(new OutboxMessage(message.eventId(), TestListeners.TRACED_TOPIC, id, message.type(),
                message.payload(), message.createdAt(), message.traceparent()));
        mongo.save(aggregate);
        return Map.of("traceparent", String.valueOf(message.traceparent()));
    }

    record Rename(@NotBlank String name, @Size(max = 3) String code) {
    }

    @GetMapping("/test/whoami")
    Map<String, Object> whoami(Caller caller) {
        return Map.of("userId", caller.userId(), "organizationId", caller.organizationId(),
                "roles", new TreeSet<>(caller.roles()), "authTime", caller.authTime().toString());
    }

    @PostMapping("/test/sensitive")
    Map<String, String> sensitive(Caller caller) {
        StepUp.requireFreshAuthentication(caller, Duration.ofMinutes(5), clock);
        return Map.of("done", "yes");
    }

    @GetMapping("/test/missing")
    Map<String, String> missing(Caller caller) {
        throw new NotFoundException("No such thing");
    }

    @GetMapping("/test/domain-rule")
    Map<String, String> domainRule(Caller caller) {
        throw new IllegalArgumentException("Quantity must be positive");
    }

    @GetMapping("/test/forbidden")
    Map<String, String> forbidden(Caller caller) {
        throw new ForbiddenException("Only a legal representative may do this");
    }

    @GetMapping("/test/concurrent")
    Map<String, String> concurrent(Caller caller) {
        throw new OptimisticLockingFailureException("version 3 expected");
    }

    @GetMapping("/test/boom")
    Map<String, String> boom(Caller caller) {
        throw new IllegalStateException("secret internal detail");
    }

    @PostMapping("/test/rename")
    Map<String, String> rename(Caller caller, @Valid @RequestBody Rename rename) {
        return Map.of("name", rename.name());
    }
}
