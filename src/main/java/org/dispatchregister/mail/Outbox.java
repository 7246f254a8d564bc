package org.dispatchregister.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;

import org.dispatchregister.attachments.Attachment;
import org.dispatchregister.attachments.AttachmentService;
import org.dispatchregister.common.OwnerOnlyFiles;
import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchStatus;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Works the outbox, one message at a time, so that nothing is sent twice:
 * <ol>
 * <li><b>claim</b>: one conditional UPDATE turns a due QUEUED row into SENDING; only one run of the job (on any
 * instance) can win it;</li>
 * <li><b>build and keep</b> the exact message (.eml) under the data folder, or reuse the one kept by an earlier try,
 * so every try of a row sends the same bytes with the same Message-ID;</li>
 * <li><b>send</b> those bytes, outside any transaction;</li>
 * <li><b>record</b> the answer: SENT with the proof (and the dispatch becomes SENT), QUEUED again for a passing
 * failure, FAILED for a refusal, UNCERTAIN when the conversation broke off after the message went out.</li>
 * </ol>
 * If the app dies between 1 and 4 the row stays SENDING; once its claim is older than
 * {@code register.mail.outbox.claim-timeout} it becomes UNCERTAIN, never QUEUED: the server may have accepted it,
 * so a person decides (Retry sends it again with the same Message-ID, which most mail systems show once).
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** This process; written on the rows it claims (for the reader of the table). */
    private final String instance = UUID.randomUUID().toString();

    @Inject
    MailSettings settings;

    @Inject
    RegisterConfig config;

    @Inject
    SmtpSender smtp;

    @Inject
    AttachmentService attachments;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** One run of the job: stale claims become uncertain, then up to a batch of due messages is sent. */
    public int runOnce() {
        return runOnce(settings.outbox().batch());
    }

    /** One run handling at most {@code max} messages; returns how many it claimed (sent, or tried). */
    public int runOnce(int max) {
        if (!settings.enabled()) {
            return 0;
        }
        QuarkusTransaction.requiringNew().run(this::markStaleClaims);
        int sent = 0;
        for (Long id : QuarkusTransaction.requiringNew().call(() -> due(max))) {
            if (claim(id)) {
                sendClaimed(id);
                sent++;
            }
        }
        return sent;
    }

    List<Long> due(int max) {
        return em.createQuery("select m.id from MailSend m where m.state = :queued and (m.nextAttemptAt is null or m.nextAttemptAt <= :now) "
                + "order by m.id", Long.class).setParameter("queued", MailState.QUEUED).setParameter("now", LocalDateTime.now(clock))
                .setMaxResults(max).getResultList();
    }

    boolean claim(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("update MailSend m set m.state = :sending, m.claimedAt = :now, "
                + "m.claimedBy = :me, m.version = m.version + 1 where m.id = :id and m.state = :queued")
                .setParameter("sending", MailState.SENDING).setParameter("now", LocalDateTime.now(clock)).setParameter("me", instance)
                .setParameter("id", id).setParameter("queued", MailState.QUEUED).executeUpdate() == 1);
    }

    /** What a claimed row needs to be built, read in one short transaction. */
    private record Job(MailSend send, Long dispatchId, DispatchStatus dispatchStatus, List<Attachment> files) {
    }

    private void sendClaimed(Long id) {
        Job job = QuarkusTransaction.requiringNew().call(() -> {
            MailSend m = em.createQuery("select m from MailSend m join fetch m.dispatch d join fetch d.statement where m.id = :id",
                    MailSend.class).setParameter("id", id).getSingleResult();
            List<Attachment> files = new ArrayList<>(m.dispatch.statement.attachments);
            em.detach(m);
            return new Job(m, m.dispatch.id, m.dispatch.status, files);
        });
        MailSend m = job.send();
        if (job.dispatchStatus() != DispatchStatus.PLANNED) {
            record(id, SmtpSender.Outcome.failed(SendFailure.CANCELLED, job.dispatchStatus().name()));
            return;
        }
        byte[] eml;
        Kept kept;
        try {
            kept = m.emlKey != null ? new Kept(m.emlKey, m.emlSha256, m.attachmentProof, Files.readAllBytes(emlFile(m.emlKey)))
                    : keep(build(m, job.files()));
            eml = kept.bytes();
        } catch (Exception e) {
            LOG.warnf("e-mail #%d could not be built: %s", id, e.toString());
            record(id, SmtpSender.Outcome.failed(SendFailure.NOT_BUILT, MimeBuilder.oneLine(e.getMessage())));
            return;
        }
        // the file and its digest are on the row before the bytes leave, so a later try sends the same message
        QuarkusTransaction.requiringNew().run(() -> {
            MailSend row = MailSend.findById(id);
            row.emlKey = kept.key();
            row.emlSha256 = kept.sha256();
            row.attachmentProof = kept.proof();
        });
        List<InternetAddress> to = m.addressList().stream().map(MimeBuilder::address).toList();
        SmtpSender.Outcome outcome = smtp.send(eml, envelopeFrom(), to);
        record(id, outcome);
    }

    private record Kept(String key, String sha256, String proof, byte[] bytes) {
    }

    private MimeBuilder.Built build(MailSend m, List<Attachment> files) throws Exception {
        List<MimeBuilder.Part> parts = new ArrayList<>();
        for (Attachment a : files) {
            parts.add(new MimeBuilder.Part(a.fileName, a.contentType, attachments.file(a)));
        }
        List<InternetAddress> to = new ArrayList<>();
        for (String a : m.addressList()) {
            InternetAddress parsed = MimeBuilder.address(a);
            if (parsed == null) {
                throw new IllegalArgumentException("Not a valid address: " + a);
            }
            to.add(parsed);
        }
        MimeBuilder.Built built = MimeBuilder.build(from(), to, m.subject, m.body, m.messageId, m.inReplyTo, parts,
                Date.from(LocalDateTime.now(clock).atZone(ZoneId.systemDefault()).toInstant()));
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).sha256 != null && !files.get(i).sha256.equals(built.files().get(i).sha256())) {
                throw new IllegalStateException("The stored file " + files.get(i).fileName + " no longer matches its SHA-256");
            }
        }
        return built;
    }

    private Kept keep(MimeBuilder.Built built) throws IOException {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        String name = HexFormat.of().formatHex(key);
        Path file = emlFile(name);
        OwnerOnlyFiles.folder(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(built.bytes());
        }
        OwnerOnlyFiles.restrict(file);
        return new Kept(name, MimeBuilder.sha256(built.bytes()), FileProof.lines(built.files()), built.bytes());
    }

    /** The kept message of a row. */
    public Path emlFile(String key) {
        return Path.of(config.dataDir()).resolve("mail").resolve(key + ".eml");
    }

    private void record(Long id, SmtpSender.Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> recordIn(id, outcome));
    }

    private void recordIn(Long id, SmtpSender.Outcome outcome) {
        MailSend m = MailSend.findById(id);
        LocalDateTime now = LocalDateTime.now(clock);
        m.attempts++;
        m.claimedAt = null;
        m.claimedBy = null;
        if (outcome.accepted()) {
            m.state = MailState.SENT;
            m.acceptedAt = now;
            m.serverReply = outcome.serverReply();
            m.errorKind = null;
            m.errorText = null;
            m.nextAttemptAt = null;
            Dispatch d = m.dispatch;
            if (d.status == DispatchStatus.PLANNED) {
                d.status = DispatchStatus.SENT;
                d.sentOn = LocalDate.now(clock);
                d.updatedAt = now;
            }
            return;
        }
        m.errorKind = outcome.failure();
        m.errorText = outcome.detail();
        if (outcome.failure() == SendFailure.INTERRUPTED) {
            m.state = MailState.UNCERTAIN;
        } else if (outcome.failure().passing && m.attempts < settings.outbox().maxAttempts()) {
            m.state = MailState.QUEUED;
            m.nextAttemptAt = now.plus(settings.outbox().retryAfter().multipliedBy(1L << Math.min(m.attempts - 1, 10)));
        } else {
            m.state = MailState.FAILED;
            m.nextAttemptAt = null;
        }
    }

    void markStaleClaims() {
        LocalDateTime before = LocalDateTime.now(clock).minus(settings.outbox().claimTimeout());
        List<MailSend> stale = MailSend.list("state = ?1 and claimedAt < ?2", MailState.SENDING, before);
        for (MailSend m : stale) {
            m.state = MailState.UNCERTAIN;
            m.errorKind = SendFailure.INTERRUPTED;
            m.errorText = "claimed for sending at " + m.claimedAt + " but no answer was recorded (the app stopped?)";
            m.claimedAt = null;
            m.claimedBy = null;
        }
    }

    /** The configured From address. */
    public InternetAddress from() {
        InternetAddress from = MimeBuilder.address(settings.from().orElse(""));
        if (from == null) {
            throw new IllegalStateException("register.mail.from is not a valid address");
        }
        return from;
    }

    private String envelopeFrom() {
        return from().getAddress();
    }
}
