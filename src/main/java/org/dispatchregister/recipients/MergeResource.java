package org.dispatchregister.recipients;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Messages;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Merging duplicates in two steps: pick the other body and which one survives (GET, nothing
 * changes), then confirm on a page that says what will move (POST).
 */
@Path("/recipients/{id}/merge")
@RolesAllowed(Role.CLERK_ROLE)
@Produces(MediaType.TEXT_HTML)
public class MergeResource {

    @CheckedTemplate(basePath = "recipients")
    static class Templates {
        static native TemplateInstance merge(Recipient current, String q, List<RecipientRow> candidates,
                Recipient survivor, Recipient loser, RecipientMerger.Preview preview, FormErrors errors);
    }

    @Inject
    RecipientQueries queries;

    @Inject
    RecipientMerger merger;

    @Inject
    Flash flash;

    @GET
    public Response page(@RestPath Long id, @RestQuery String q, @RestQuery String other, @RestQuery String keep) {
        Recipient current = queries.detail(id);
        Long otherId = RecipientFilter.parseId(other);
        if (otherId == null) {
            List<RecipientRow> candidates = queries.searchActive(q, 25).stream().filter(r -> !r.id().equals(id)).toList();
            return Response.ok(Templates.merge(current, q == null ? "" : q, candidates, null, null, null, FormErrors.none())).build();
        }
        Recipient otherBody = queries.detail(otherId);
        boolean keepThis = !"other".equals(keep);
        Recipient survivor = keepThis ? current : otherBody;
        Recipient loser = keepThis ? otherBody : current;
        FormErrors errors = new FormErrors();
        merger.check(survivor, loser, errors);
        int status = errors.isPresent() ? 400 : 200;
        return Response.status(status).entity(Templates.merge(current, "", List.of(), survivor, loser,
                merger.preview(loser.id), errors)).build();
    }

    @POST
    @OnceOnly
    public Response merge(@RestPath Long id, @RestForm String survivorId, @RestForm String loserId) {
        Recipient current = queries.detail(id);
        Long survivor = RecipientFilter.parseId(survivorId);
        Long loser = RecipientFilter.parseId(loserId);
        FormErrors errors = new FormErrors();
        if (survivor == null || loser == null || (!id.equals(survivor) && !id.equals(loser))) {
            errors.add("_form", Messages.notices().choose_duplicate());
            return Response.status(400).entity(Templates.merge(current, "", List.of(), null, null, null, errors)).build();
        }
        RecipientMerger.Moved moved = merger.merge(survivor, loser, errors);
        if (moved == null) {
            return Response.status(400).entity(Templates.merge(current, "", List.of(), null, null, null, errors)).build();
        }
        flash.set("Merged. Moved " + moved.describe() + ".");
        return Redirects.seeOther("/recipients/" + survivor);
    }
}
