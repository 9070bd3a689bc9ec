package io.partnerhub.notification.delivery.application;

import io.partnerhub.notification.message.Message;

import java.util.List;

/** The emails one consumed event calls for, with the trace that event came in (null when untraced). */
public record EventEmails(List<Message> messages, String traceparent) {

    public EventEmails {
        messages = List.copyOf(messages);
    }
}
