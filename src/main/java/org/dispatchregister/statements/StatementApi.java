package org.dispatchregister.statements;

import java.time.LocalDate;
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

import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.ApiValidationException;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.MergePatch;
import org.dispatchregister.web.FormValidator;
import org.dispatchregister.web.PageInfo;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON API for statements: list and search, read one, create (optionally issuing it at once). */
@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class StatementApi {

    /** A statement as the API shows it. The kind is its code (STATEMENT, APPEAL, NOTE_VERBALE, ...). */
    public record StatementDto(Long id, String kind, String title, String reference, LocalDate issuedOn, String place,
            String signatory, String language, String summary, String fullText, List<String> topics, String inResponseTo,
            String responseReference, LocalDate responseDate, StatementStatus status, long version) {

        static StatementDto of(Statement s) {
            return new StatementDto(s.id, s.kind.code, s.title, s.reference, s.issuedOn, s.place, s.signatory, s.language,
                    s.summary, s.fullText, s.topicList(), s.inResponseTo, s.responseReference, s.responseDate, s.status, s.version);
        }
    }

    /** A new statement. Dates are yyyy-MM-dd; {@code issue: true} issues it at once (reference given if none). */
    public record StatementInput(String kind, String title, String reference, String issuedOn, String place, String signatory,
            String language, String summary, String fullText, String topics, String inResponseTo, String responseReference,
            String responseDate, Boolean issue) {

        StatementForm toForm() {
            return new StatementForm(kind, title, reference, issuedOn, place, signatory, language, summary, fullText, topics,
                    inResponseTo, responseReference, responseDate, Boolean.TRUE.equals(issue) ? "on" : null, List.of(), null);
        }
    }

    /**
     * What PUT accepts: every field GET shows except {@code id}, {@code reference} aside (kept when left empty on an
     * issued statement, which keeps its number) and {@code status}, which only moves forward: ISSUED issues a draft.
     * Every field is replaced (one left out is emptied); {@code version} is required (400 without, 409 when stale).
     */
    public record StatementUpdate(String kind, String title, String reference, String issuedOn, String place,
            String signatory, String language, String summary, String fullText, List<String> topics, String inResponseTo,
            String responseReference, String responseDate, String status, Long version) {

        StatementForm toForm() {
            return new StatementForm(kind, title, reference, issuedOn, place, signatory, language, summary, fullText,
                    topics == null ? null : String.join(", ", topics), inResponseTo, responseReference, responseDate,
                    "ISSUED".equalsIgnoreCase(status) ? "on" : null, List.of(), version);
        }
    }

    /** One page of results. */
    public record Page<T>(int page, int size, long total, List<T> items) {
    }

    @Inject
    StatementQuery query;

    @Inject
    StatementService statements;

    @Inject
    FormValidator validator;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @GET
    public Page<StatementQuery.Row> list(@RestQuery String q, @RestQuery String kind, @RestQuery Integer year,
            @RestQuery String status, @RestQuery String topic, @RestQuery Integer page) {
        StatementQuery.Filter filter = new StatementQuery.Filter(q, kind, year, Enums.parse(StatementStatus.class, status), topic);
        int number = PageInfo.clamp(page);
        int offset = (number - 1) * PageInfo.DEFAULT_SIZE;
        return new Page<>(number, PageInfo.DEFAULT_SIZE, query.count(filter), query.page(filter, StatementQuery.SORTS.byDefault(), offset, PageInfo.DEFAULT_SIZE));
    }

    @GET
    @Path("{id}")
    public StatementDto get(@RestPath Long id) {
        return StatementDto.of(load(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response create(StatementInput input) {
        if (input == null) {
            throw new ApiValidationException(new FormErrors().add("_form", "Send a JSON object"));
        }
        StatementForm form = input.toForm();
        FormErrors errors = validator.validate(form);
        if (input.kind() != null && !input.kind().isBlank() && StatementKind.findByCode(input.kind().trim()) == null) {
            errors.add("kindCode", "Use one of the kind codes: " + String.join(", ",
                    StatementKind.<StatementKind>listAll().stream().map(k -> k.code).toList()));
        }
        ApiValidationException.throwIfPresent(renamed(errors));
        Statement created = statements.create(form, errors);
        ApiValidationException.throwIfPresent(renamed(errors));
        return Response.status(201).location(java.net.URI.create("/api/statements/" + created.id))
                .entity(StatementDto.of(load(created.id))).build();
    }

    /** Replaces every field of the statement (see {@link StatementUpdate}). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_ROLE)
    @Transactional
    public StatementDto update(@RestPath Long id, StatementUpdate body) {
        load(id);
        if (body == null) {
            throw new ApiValidationException(new FormErrors().add("_form", "Send a JSON object"));
        }
        StatementForm form = body.toForm();
        FormErrors errors = validator.validate(form);
        if (body.status() != null && Enums.parse(StatementStatus.class, body.status()) == null) {
            errors.add("status", Enums.useOneOf(StatementStatus.class));
        }
        ApiValidationException.throwIfPresent(renamed(errors));
        statements.update(id, form, errors);
        ApiValidationException.throwIfPresent(renamed(errors));
        em.flush();
        em.clear();
        return StatementDto.of(load(id));
    }

    /** Changes the fields sent (JSON merge patch, RFC 7396); {@code version} is required as on PUT. */
    @PATCH
    @Path("{id}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed(Role.CLERK_ROLE)
    @Transactional
    public StatementDto patch(@RestPath Long id, String patch) {
        return update(id, MergePatch.patched(json, StatementDto.of(load(id)), patch, StatementUpdate.class));
    }

    /** The form calls the kind "kindCode"; the API calls it "kind". */
    private static FormErrors renamed(FormErrors errors) {
        FormErrors out = new FormErrors();
        errors.asMap().forEach((field, message) -> out.add("kindCode".equals(field) ? "kind" : field, message));
        return out;
    }

    private Statement load(Long id) {
        return NotFound.orThrow(em.createQuery("select s from Statement s join fetch s.kind where s.id = :id", Statement.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
    }
}
