package io.partnerhub.kit.testapp;

import io.partnerhub.kit.outbox.HasOutbox;
import io.partnerhub.kit.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/** An aggregate that keeps its pending events beside its state, written in one document write. */
@Document("test_aggregates")
public class TestAggregate implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    private String name;
    private List<OutboxMessage> outbox = new ArrayList<>();

    public TestAggregate() {
    }

    public TestAggregate(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<OutboxMessage> getOutbox() {
        return outbox;
    }
}
