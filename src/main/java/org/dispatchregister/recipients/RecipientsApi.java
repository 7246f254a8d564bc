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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.dispatchregister.web.ApiErrors;
import org.dispatchregister.web.ApiValidationException;
import org.dispatchregister.web.FormErrors;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The register over JSON (HTTP Basic): search, read, create and update bodies. */
@Path("/api/recipients")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecipientsApi {

    static final int MAX_LIMIT = 1000;

    /** A body as the API shows it; {@code email} is the first of {@code emails}. */
    public record Item(Long id, String name, String acronym, String category, Long parentId, String country,
            String city, String email, String emails, boolean collective, boolean active, Long mergedIntoId,
            List<String> aliases, long version) {
    }

    public record Page(long total, List<Item> items) {
    }

    /**
     * What a client sends to create or update a body. {@code category} is a category code (default
     * OTHER); {@code version}, when given on update, must be the current one (else 409).
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
        Map<Long, Object[]> extra = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select r.id, r.emails, r.version from Recipient r where r.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(row -> extra.put((Long) row[0], row));
        }
        List<Item> items = page.rows().stream().map(r -> {
            Object[] e = extra.get(r.id());
            String emails = (String) e[1];
            return new Item(r.id(), r.name(), r.acronym(), r.categoryCode(), r.parentId(), r.country(), r.city(),
                    EmailList.first(emails), emails, r.collective(), r.active(), r.mergedIntoId(),
                    aliases.getOrDefault(r.id(), List.of()), (Long) e[2]);
        }).toList();
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
    public Response create(Payload payload) {
        if (payload == null) {
            return ApiErrors.badRequest(new FormErrors().add("_form", "Send a JSON object describing the body"));
        }
        FormErrors errors = new FormErrors();
        Recipient created = service.create(payload.toInput(false), errors);
        if (created == null) {
            return ApiErrors.badRequest(errors);
        }
        return Response.created(URI.create("/api/recipients/" + created.id)).entity(item(queries.detail(created.id))).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.CLERK_ROLE)
    @Transactional
    public Response update(@RestPath Long id, Payload payload) {
        service.get(id);
        if (payload == null) {
            return ApiErrors.badRequest(new FormErrors().add("_form", "Send a JSON object describing the body"));
        }
        FormErrors errors = new FormErrors();
        service.update(id, payload.toInput(true), errors);
        if (errors.isPresent()) {
            return ApiErrors.badRequest(errors);
        }
        return Response.ok(item(queries.detail(id))).build();
    }

    static Item item(Recipient r) {
        return new Item(r.id, r.name, r.acronym, r.category == null ? null : r.category.code,
                r.parent == null ? null : r.parent.id, r.country, r.city, EmailList.first(r.emails), r.emails,
                r.collective, r.active, r.mergedInto == null ? null : r.mergedInto.id,
                r.aliases.stream().map(a -> a.alias).toList(), r.version);
    }
}
