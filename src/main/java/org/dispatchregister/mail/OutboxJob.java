package org.dispatchregister.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Runs the outbox every {@code register.mail.outbox.every}; a run still going when the next is due is not doubled. */
@ApplicationScoped
public class OutboxJob {

    @Inject
    Outbox outbox;

    @Scheduled(identity = "mail-outbox", every = "${register.mail.outbox.every:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        outbox.runOnce();
    }
}
