package org.dispatchregister.dispatches;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.attachments.AttachmentService;
import org.dispatchregister.web.FormErrors;

/** Records a reply from the page forms together with its optional letter file, in one transaction. */
@ApplicationScoped
public class ReplyAttachments {

    @Inject
    ReplyService replies;

    @Inject
    AttachmentService files;

    /** Checks the attached file; returns its detected type or null with a message under "attachment". */
    public String check(ReplyForm form, FormErrors errors) {
        return files.check(form.attachment(), "attachment", errors);
    }

    @Transactional
    public Reply recordForDispatch(Long dispatchId, ReplyInput input, ReplyForm form, String type, FormErrors errors) {
        return withFile(replies.recordForDispatch(dispatchId, input, errors), form, type);
    }

    @Transactional
    public Reply recordIncoming(ReplyForm form, ReplyInput input, String type, FormErrors errors) {
        return withFile(replies.recordIncoming(form.recipient(), form.statement(), input, errors), form, type);
    }

    private Reply withFile(Reply reply, ReplyForm form, String type) {
        if (reply != null && type != null) {
            reply.attachments.add(files.store(form.attachment(), type));
        }
        return reply;
    }
}
