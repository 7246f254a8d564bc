package org.dispatchregister.statements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.attachments.Attachment;
import org.dispatchregister.attachments.AttachmentService;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.web.Versions;
import org.dispatchregister.web.FormDates;
import org.dispatchregister.web.FormErrors;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.panache.common.Sort;

/** Creating, editing and issuing statements; issuing gives the reference number. */
@ApplicationScoped
public class StatementService {

    @Inject
    ReferenceCounter counter;

    @Inject
    RegisterConfig config;

    @Inject
    Clock clock;

    @Inject
    AttachmentService files;

    public Statement get(Long id) {
        return NotFound.orThrow(Statement.findById(id));
    }

    /** The statement's files, in upload order. */
    public List<Attachment> attachments(Long id) {
        return Attachment.find("select a from Statement s join s.attachments a where s.id = ?1 order by a.uploadedAt, a.id", id)
                .list();
    }

    /** Stores a checked upload as a file of the statement. */
    @Transactional
    public Attachment attach(Long id, FileUpload upload, String contentType) {
        Attachment a = files.store(upload, contentType);
        get(id).attachments.add(a);
        return a;
    }

    /** Creates a statement (issued at once when the form asks); null with messages when the input is refused. */
    @Transactional
    public Statement create(StatementForm form, FormErrors errors) {
        Statement s = new Statement();
        apply(s, form, errors);
        if (errors.isPresent()) {
            return null;
        }
        s.status = StatementStatus.DRAFT;
        s.createdAt = LocalDateTime.now(clock);
        s.updatedAt = s.createdAt;
        s.persist();
        if (form.isIssueNow()) {
            issue(s);
        }
        return s;
    }

    @Transactional
    public void update(Long id, StatementForm form, FormErrors errors) {
        Statement s = get(id);
        Versions.check(form.version(), s.version);
        if (s.status == StatementStatus.ISSUED && (form.reference() == null || form.reference().isBlank())) {
            errors.add("reference", "An issued statement keeps its reference number");
        }
        apply(s, form, errors);
        if (errors.isPresent()) {
            return;
        }
        s.updatedAt = LocalDateTime.now(clock);
        if (form.isIssueNow() && s.status == StatementStatus.DRAFT) {
            issue(s);
        }
    }

    /** Issues a draft: a typed reference is kept, otherwise the next number of the issue year is given. */
    @Transactional
    public Statement issue(Long id) {
        Statement s = get(id);
        if (s.status == StatementStatus.DRAFT) {
            issue(s);
        }
        return s;
    }

    private void issue(Statement s) {
        if (s.issuedOn == null) {
            s.issuedOn = LocalDate.now(clock);
        }
        if (s.reference == null) {
            s.reference = nextFreeReference(s.issuedOn.getYear());
        }
        s.status = StatementStatus.ISSUED;
        s.updatedAt = LocalDateTime.now(clock);
    }

    /** A generated number may already have been typed by hand on another statement: skip it, never reuse. */
    private String nextFreeReference(int year) {
        while (true) {
            String candidate = ReferencePattern.format(config.reference().pattern(), year, counter.next(year));
            if (Statement.count("reference", candidate) == 0) {
                return candidate;
            }
        }
    }

    private void apply(Statement s, StatementForm form, FormErrors errors) {
        StatementKind kind = form.kindCode() == null ? null : StatementKind.findByCode(form.kindCode().trim());
        if (kind == null) {
            errors.add("kindCode", "Choose the kind of document");
        }
        String reference = FormDates.trim(form.reference());
        if (reference != null) {
            Long clash = Statement.find("select id from Statement where lower(reference) = ?1", reference.toLowerCase())
                    .project(Long.class).firstResult();
            if (clash != null && !clash.equals(s.id)) {
                errors.add("reference", "Reference " + reference + " is already used by another statement; references are never reused");
            }
        }
        LocalDate issuedOn = FormDates.parse("issuedOn", form.issuedOn(), errors);
        LocalDate responseDate = FormDates.parse("responseDate", form.responseDate(), errors);
        if (form.title() == null || form.title().isBlank()) {
            errors.add("title", "Enter a title");
        }
        if (errors.isPresent()) {
            return;
        }
        s.kind = kind;
        s.title = form.title().trim();
        s.reference = reference;
        s.issuedOn = issuedOn;
        s.place = FormDates.trim(form.place());
        s.signatory = FormDates.trim(form.signatory());
        s.language = FormDates.trim(form.language());
        s.summary = FormDates.trim(form.summary());
        s.fullText = FormDates.trim(form.fullText());
        s.topics = normaliseTopics(form.topics());
        s.inResponseTo = FormDates.trim(form.inResponseTo());
        s.responseReference = FormDates.trim(form.responseReference());
        s.responseDate = responseDate;
    }

    /** "human rights ,  IDPs,," becomes "human rights, IDPs". */
    static String normaliseTopics(String topics) {
        if (topics == null) {
            return null;
        }
        String joined = String.join(", ", java.util.Arrays.stream(topics.split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).distinct().toList());
        return joined.isEmpty() ? null : joined;
    }
}
