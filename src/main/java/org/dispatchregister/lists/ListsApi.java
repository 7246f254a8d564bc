package org.dispatchregister.lists;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.dispatchregister.web.ApiErrors;
import org.dispatchregister.web.FormErrors;
import org.jboss.resteasy.reactive.RestPath;

/** Distribution lists over JSON (HTTP Basic): all lists, create one, and a list's expanded members. */
@Path("/api/lists")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListsApi {

    /** Create a list; members are added on the list page or with further calls. */
    public record Payload(String name, String description) {
    }

    public record Created(Long id, String name, String description, boolean active) {
    }

    @Inject
    ListQueries queries;

    @Inject
    ListService service;

    @Inject
    ListExpander expander;

    @GET
    public List<ListQueries.Summary> all() {
        return queries.summaries();
    }

    @POST
    @RolesAllowed(Role.CLERK_ROLE)
    public Response create(Payload payload) {
        FormErrors errors = new FormErrors();
        DistributionList list = payload == null ? null : service.create(payload.name(), payload.description(), errors);
        if (list == null) {
            if (errors.isEmpty()) {
                errors.add("_form", "Send a JSON object with a name");
            }
            return ApiErrors.badRequest(errors);
        }
        return Response.created(URI.create("/api/lists/" + list.id))
                .entity(new Created(list.id, list.name, list.description, list.active)).build();
    }

    /** The de-duplicated active bodies the list reaches, nested lists included. */
    @GET
    @Path("{id}/members")
    public List<ListExpander.Member> members(@RestPath Long id) {
        service.get(id);
        return expander.expand(List.of(id));
    }
}
