package org.dispatchregister.mail;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.Messages;
import org.dispatchregister.web.Redirects;
import org.jboss.resteasy.reactive.RestPath;

/** One message of the outbox: its exact .eml (the proof of what was sent) and Retry. */
@jakarta.ws.rs.Path("/mail")
@RolesAllowed(Role.VIEWER_ROLE)
public class MailResource {

    @Inject
    MailQueue queue;

    @Inject
    Outbox outbox;

    @Inject
    Flash flash;

    /** The message exactly as it was handed to the SMTP server. */
    @GET
    @jakarta.ws.rs.Path("{id}/eml")
    @Produces("message/rfc822")
    public Response eml(@RestPath Long id) {
        MailSend m = NotFound.orThrow(MailSend.<MailSend>findById(id));
        Path file = m.emlKey == null ? null : outbox.emlFile(m.emlKey);
        if (file == null || !Files.exists(file)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.ok(file.toFile(), "message/rfc822")
                .header("Content-Disposition", "attachment; filename=\"dispatch-" + m.dispatch.id + "-mail-" + m.id + ".eml\"").build();
    }

    /** Queues a failed or uncertain message again (the same Message-ID); the job sends it on its next run. */
    @POST
    @jakarta.ws.rs.Path("{id}/retry")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response retry(@RestPath Long id) {
        MailSend m = queue.retry(id);
        flash.set(Messages.mail().retry_queued());
        return Redirects.seeOther("/dispatches/" + m.dispatch.id);
    }
}
