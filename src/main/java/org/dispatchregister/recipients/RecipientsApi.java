package org.dispatchregister.recipients;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.dispatchregister.web.MergePatch;
import org.dispatchregister.web.ApiValidationException;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.resteasy.reactive.RestQuery;

/** The register over JSON (HTTP Basic): search, read, create and update bodies. */
@Path("/api/recipients")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecipientsApi {

    static final int MAX_LIMIT = 1000;

    /**
     * A body as the API shows it: every field {@link Payload} accepts, so a GET, an edit and a PUT of the result
     * loses nothing. {@code email} is the first of {@code emails}; {@code id}, {@code email}, {@code active} and
     * {@code mergedIntoId} are read-only (ignored on PUT).
     */
    public record Item(Long id, String name, String acronym, String category, Long parentId, String country,
            String city, String postalAddress, String email, String emails, String phone, String website,
            String addresseeLine, String preferredChannel, String workingLanguage, String notes, boolean collective,
            boolean active, Long mergedIntoId, List<String> aliases, long version) {
    }

    public record Page(long total, List<Item> items) {
    }

    /**
     * What a client sends to create or update a body. {@code category} is a category code (default OTHER). On PUT
     * every field is replaced (a field left out is emptied) and {@code version} is required: the one read (else 409).
     */
    public record Payload(String name, String acronym, String category, Long parentId, String country, String city,
            String postalAddress, String emails, String phone, String website, String addresseeLine,
            String preferredChannel, String workingLanguage, String notes, Boolean collective, List<String> aliases,
            Long version) {

        RecipientInput toInput(boolean withVersion) {
            return new RecipientInput(name == null ? "" : name, acronym, category, parentId, country, city,
                    postalAddress, emails, phone, website, addresseeLine, preferredChannel, workingLanguage, notes,
                    Boolean.TRUE.equals(collective), aliases, withVersion ? version : null);
        }
    }

    @Inject
    RecipientQueries queries;

    @Inject
    RecipientService service;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @GET
    public Page search(@RestQuery String q, @RestQuery String category, @RestQuery String active,
            @RestQuery Integer offset, @RestQuery Integer limit) {
        String status = switch (active == null ? "" : active.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "", "all" -> "all";
            case "true", "active" -> "active";
            case "false", "archived" -> "archived";
            default -> throw new ApiValidationException(new FormErrors().add("active", "Use active=true, active=false or active=all"));
        };
        RecipientFilter filter = RecipientFilter.of(q, category, null, null, status, "name", "asc");
        int size = limit == null || limit < 1 ? 200 : Math.min(limit, MAX_LIMIT);
        RecipientQueries.Page page = queries.page(filter, offset == null || offset < 0 ? 0 : offset, size);
        List<Long> ids = page.rows().stream().map(RecipientRow::id).toList();
        Map<Long, List<String>> aliases = queries.aliasesOf(ids);
        Map<Long, Recipient> bodies = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select r from Recipient r left join fetch r.category where r.id in :ids", Recipient.class)
                    .setParameter("ids", ids).getResultList().forEach(r -> bodies.put(r.id, r));
        }
        List<Item> items = ids.stream().map(id -> item(bodies.get(id), aliases.getOrDefault(id, List.of()))).toList();
        return new Page(page.total(), items);
    }

    @GET
    @Path("{id}")
    public Item get(@RestPath Long id) {
        return item(queries.detail(id));
    }

    @POST
    @RolesAllowed(Role.CLERK_ROLE)
    @Transactional
    @OnceOnly
    public Response create(Payload payload) {
        FormErrors errors = new FormErrors();
        Recipient created = service.create(required(payload).toInput(false), errors);
        ApiValidationException.throwIfPresent(errors);
        return Response.created(URI.create("/api/recipients/" + created.id)).entity(item(queries.detail(created.id))).build();
    }

    /** Replaces every field of the body; {@code version} is required (400 without, 409 when stale). */
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.CLERK_ROLE)
    @Transactional
    public Item update(@RestPath Long id, Payload payload) {
        service.get(id);
        FormErrors errors = new FormErrors();
        service.update(id, required(payload).toInput(true), errors);
        ApiValidationException.throwIfPresent(errors);
        return item(queries.detail(id));
    }

    /** Changes the fields sent (JSON merge patch, RFC 7396); {@code version} is required as on PUT. */
    @PATCH
    @Path("{id}")
    @RolesAllowed(Role.CLERK_ROLE)
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Transactional
    public Item patch(@RestPath Long id, String patch) {
        return update(id, MergePatch.patched(json, item(queries.detail(id)), patch, Payload.class));
    }

    private static Payload required(Payload payload) {
        if (payload == null) {
            throw new ApiValidationException(new FormErrors().add("_form", "Send a JSON object describing the body"));
        }
        return payload;
    }

    static Item item(Recipient r) {
        return item(r, r.aliases.stream().map(a -> a.alias).toList());
    }

    private static Item item(Recipient r, List<String> aliases) {
        return new Item(r.id, r.name, r.acronym, r.category == null ? null : r.category.code,
                r.parent == null ? null : r.parent.id, r.country, r.city, r.postalAddress, EmailList.first(r.emails),
                r.emails, r.phone, r.website, r.addresseeLine, r.preferredChannel == null ? null : r.preferredChannel.name(),
                r.workingLanguage, r.notes, r.collective, r.active, r.mergedInto == null ? null : r.mergedInto.id, aliases,
                r.version);
    }
}
