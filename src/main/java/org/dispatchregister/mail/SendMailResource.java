package org.dispatchregister.mail;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.attachments.Attachment;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.common.Role;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.MailMsg;
import org.dispatchregister.web.Messages;
import org.dispatchregister.web.OnceOnly;
import org.dispatchregister.web.Redirects;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * "Send by e-mail" on a statement: the planned e-mail dispatches with their bodies' addresses (those without one
 * listed apart, to be sent another way), subject and body; confirming queues one message per chosen dispatch for
 * the outbox job and returns to the statement page, which shows the progress.
 */
@Path("/statements/{id}/email")
@RolesAllowed(Role.CLERK_ROLE)
@Produces(MediaType.TEXT_HTML)
public class SendMailResource {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance sendForm(Statement s, List<MailQueue.Candidate> sendable, List<MailQueue.Candidate> without,
                List<Attachment> files, SendForm form, FormErrors errors, boolean enabled, String from);
    }

    @Inject
    MailQueue queue;

    @Inject
    MailSettings settings;

    @Inject
    RegisterConfig config;

    @Inject
    EntityManager em;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance form(@RestPath Long id) {
        Statement s = load(id);
        List<MailQueue.Candidate> all = queue.candidates(id);
        SendForm form = new SendForm(all.stream().filter(MailQueue.Candidate::sendable).map(MailQueue.Candidate::dispatchId).toList(),
                MailBodies.subject(s), MailBodies.body(s, config.institution().name()));
        return page(s, all, form, FormErrors.none());
    }

    @POST
    @OnceOnly
    public Response send(@RestPath Long id, @BeanParam SendForm form) {
        Statement s = load(id);
        MailMsg msg = Messages.mail();
        FormErrors errors = new FormErrors();
        if (!settings.enabled()) {
            errors.add("_form", msg.mail_off());
        }
        int queued = errors.isPresent() ? 0 : queue.queue(id, form.ids(), form.subject(), form.body(), msg, errors);
        if (errors.isPresent()) {
            em.clear();
            return Response.status(400).entity(page(load(id), queue.candidates(id), form, errors)).build();
        }
        flash.set(msg.queued_flash(queued));
        return Redirects.seeOther("/statements/" + s.id + "#mail");
    }

    private TemplateInstance page(Statement s, List<MailQueue.Candidate> all, SendForm form, FormErrors errors) {
        List<Attachment> files = em.createQuery("select a from Statement s join s.attachments a where s.id = :id order by a.uploadedAt, a.id",
                Attachment.class).setParameter("id", s.id).getResultList();
        return Templates.sendForm(s, all.stream().filter(MailQueue.Candidate::sendable).toList(),
                all.stream().filter(c -> !c.sendable()).toList(), files, form, errors, settings.enabled(), settings.from().orElse(""));
    }

    private Statement load(Long id) {
        return NotFound.orThrow(em.createQuery("select s from Statement s join fetch s.kind where s.id = :id", Statement.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
    }
}
