package org.dispatchregister.lists;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.dispatchregister.web.ApiValidationException;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.MergePatch;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Distribution lists over JSON (HTTP Basic): all lists, create one, and a list's expanded members. */
@Path("/api/lists")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListsApi {

    /**
     * Create a list (members are added on the list page), or replace its name and description with PUT, where
     * {@code version} is required (400 without, 409 when stale); PATCH takes the same members as a JSON merge patch.
     */
    public record Payload(String name, String description, Long version) {
    }

    /** A list as the API shows it: everything {@link Payload} accepts, plus the read-only id and active flag. */
    public record Item(Long id, String name, String description, boolean active, long version) {

        static Item of(DistributionList list) {
            return new Item(list.id, list.name, list.description, list.active, list.version);
        }
    }

    @Inject
    ListQueries queries;

    @Inject
    ListService service;

    @Inject
    ListExpander expander;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @GET
    public List<ListQueries.Summary> all() {
        return queries.summaries();
    }

    @GET
    @Path("{id}")
    public Item get(@RestPath Long id) {
        return Item.of(service.get(id));
    }

    @POST
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response create(Payload payload) {
        FormErrors errors = new FormErrors();
        DistributionList list = service.create(required(payload).name(), payload.description(), errors);
        ApiValidationException.throwIfPresent(errors);
        return Response.created(URI.create("/api/lists/" + list.id)).entity(Item.of(list)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.CLERK_ROLE)
    @Transactional
    public Item update(@RestPath Long id, Payload payload) {
        service.get(id);
        Payload body = required(payload);
        FormErrors errors = new FormErrors();
        service.update(id, new ListForm(body.name(), body.description(), body.version() == null ? null : body.version().toString()),
                errors);
        ApiValidationException.throwIfPresent(errors);
        em.flush();
        return Item.of(service.get(id));
    }

    /** Changes the fields sent (JSON merge patch, RFC 7396); {@code version} is required as on PUT. */
    @PATCH
    @Path("{id}")
    @RolesAllowed(Role.CLERK_ROLE)
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Transactional
    public Item patch(@RestPath Long id, String patch) {
        return update(id, MergePatch.patched(json, Item.of(service.get(id)), patch, Payload.class));
    }

    private static Payload required(Payload payload) {
        if (payload == null) {
            throw new ApiValidationException(new FormErrors().add("_form", "Send a JSON object with a name"));
        }
        return payload;
    }

    /** The de-duplicated active bodies the list reaches, nested lists included. */
    @GET
    @Path("{id}/members")
    public List<ListExpander.Member> members(@RestPath Long id) {
        service.get(id);
        return expander.expand(List.of(id));
    }
}
