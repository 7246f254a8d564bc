package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.EnumLabels;
import org.dispatchregister.web.Messages;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestPath;

/** Recording a reply from the dispatch page (a workflow step of its own: POST /dispatches/{id}/replies). */
@Path("/dispatches/{id}/replies")
public class DispatchRepliesResource {

    @Inject
    ReplyAttachments replies;

    @Inject
    DispatchesResource dispatchPage;

    @Inject
    EntityManager em;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Role.CLERK_ROLE)
    @Produces(MediaType.TEXT_HTML)
    @OnceOnly
    public Response record(@RestPath Long id, @BeanParam ReplyForm form) {
        Dispatch d = dispatchPage.load(id);
        FormErrors errors = new FormErrors();
        ReplyInput input = form.toInput(LocalDate.now(clock), errors);
        String type = form.hasAttachment() ? replies.check(form, errors) : null;
        Reply reply = errors.isPresent() ? null : replies.recordForDispatch(id, input, form, type, errors);
        if (reply == null) {
            em.clear();
            d = dispatchPage.load(id);
            return Response.status(400).entity(dispatchPage.page(d, DispatchEditForm.of(d), FormErrors.none(), form, errors)).build();
        }
        flash.set(Messages.notices().reply_recorded_status(EnumLabels.shown(reply.dispatch.status)));
        return Redirects.seeOther("/dispatches/" + reply.dispatch.id);
    }
}
