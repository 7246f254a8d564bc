package org.dispatchregister.mail;

/**
 * Where a message of the outbox stands. QUEUED waits for the job (again after a passing failure); SENDING is
 * claimed by a run of the job; SENT was accepted by the SMTP server; FAILED was refused for good or ran out of
 * tries (Retry queues it again); UNCERTAIN was claimed but its run never recorded an answer (the app stopped
 * mid-send): it may or may not have left, so only a person sends it again or records it as sent.
 */
public enum MailState {
    QUEUED, SENDING, SENT, FAILED, UNCERTAIN;

    public boolean open() {
        return this == QUEUED || this == SENDING;
    }
}
