package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.statements.StatementApi;
import org.dispatchregister.web.ApiValidationException;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.FormDates;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.MergePatch;
import org.dispatchregister.web.PageInfo;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON API for dispatches: list and filter, read, change status and dates (409 on a stale version), record replies.
 * Creating them is {@link StatementDispatchApi}; a recipient's history is {@link RecipientDispatchApi}.
 */
@Path("/api/dispatches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class DispatchApi {

    /** A dispatch as the API shows it; enumerations are codes. */
    public record DispatchDto(Long id, Long statementId, Long recipientId, Long viaListId, Long followUpOfId, Channel channel,
            DispatchStatus status, LocalDate sentOn, LocalDate deliveredOn, LocalDate acknowledgedOn, boolean replyExpected,
            LocalDate replyDueOn, String note, long version) {

        static DispatchDto of(Dispatch d, Long statementId, Long recipientId, Long viaListId, Long followUpOfId) {
            return new DispatchDto(d.id, statementId, recipientId, viaListId, followUpOfId, d.channel, d.status, d.sentOn,
                    d.deliveredOn, d.acknowledgedOn, d.replyExpected, d.replyDueOn, d.note, d.version);
        }
    }

    /** Body of POST /api/statements/{id}/dispatches. Dates yyyy-MM-dd; replyExpected defaults to the statement kind's. */
    public record DispatchInput(List<Long> recipientIds, List<Long> listIds, List<Long> followUpRecipientIds, String channel,
            String sentOn, String replyDueOn, Boolean replyExpected, String note) {
    }

    /**
     * Body of PUT /api/dispatches/{id}: the fields of {@link DispatchDto} that can change (statement, recipient, list
     * and follow-up are fixed once sent, ignored here). Every field is replaced (a date or note left out is emptied);
     * version is required. PATCH takes the same members as a JSON merge patch.
     */
    public record DispatchUpdate(String status, String channel, String sentOn, String deliveredOn, String acknowledgedOn,
            Boolean replyExpected, String replyDueOn, String note, Long version) {
    }

    /** Body of POST /api/dispatches/{id}/replies. */
    public record ReplyBody(String receivedOn, String theirReference, String kind, String summary) {
    }

    /** A recorded reply, with the status its dispatch moved to. */
    public record ReplyDto(Long id, Long dispatchId, LocalDate receivedOn, String theirReference, ReplyKind kind, String summary,
            DispatchStatus dispatchStatus) {
    }

    @Inject
    DispatchService dispatches;

    @Inject
    DispatchQuery query;

    @Inject
    CorrespondenceQuery correspondence;

    @Inject
    ReplyService replies;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @GET
    public StatementApi.Page<DispatchQuery.Row> list(@RestQuery Long statement, @RestQuery Long recipient, @RestQuery String q,
            @RestQuery Long list, @RestQuery String status, @RestQuery Boolean overdue, @RestQuery Integer page) {
        DispatchQuery.Filter filter = new DispatchQuery.Filter(statement, recipient, list, q, Enums.parse(DispatchStatus.class, status),
                Boolean.TRUE.equals(overdue), LocalDate.now(clock));
        int number = PageInfo.clamp(page);
        return new StatementApi.Page<>(number, PageInfo.DEFAULT_SIZE, query.count(filter),
                query.page(filter, DispatchQuery.SORTS.byDefault(), (number - 1) * PageInfo.DEFAULT_SIZE, PageInfo.DEFAULT_SIZE));
    }

    @GET
    @Path("{id}")
    public DispatchDto get(@RestPath Long id) {
        return dto(load(id));
    }

    /** Replaces status, channel, dates, reply expectation and note (see {@link DispatchUpdate}). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_ROLE)
    public DispatchDto update(@RestPath Long id, DispatchUpdate body) {
        load(id);
        FormErrors errors = new FormErrors();
        if (body == null) {
            throw new ApiValidationException(errors.add("_form", "Send a JSON object"));
        }
        DispatchStatus status = Enums.parse(DispatchStatus.class, body.status());
        if (status == null) {
            errors.add("status", Enums.useOneOf(DispatchStatus.class));
        }
        Channel channel = Enums.parse(Channel.class, body.channel());
        if (channel == null) {
            errors.add("channel", Enums.useOneOf(Channel.class));
        }
        DispatchEdit edit = new DispatchEdit(status, channel, FormDates.parse("sentOn", body.sentOn(), errors),
                FormDates.parse("deliveredOn", body.deliveredOn(), errors),
                FormDates.parse("acknowledgedOn", body.acknowledgedOn(), errors), Boolean.TRUE.equals(body.replyExpected()),
                FormDates.parse("replyDueOn", body.replyDueOn(), errors), FormDates.trim(body.note()), body.version());
        ApiValidationException.throwIfPresent(errors);
        em.clear();
        dispatches.update(id, edit, errors);
        ApiValidationException.throwIfPresent(errors);
        em.clear();
        return dto(load(id));
    }

    /** Changes the fields sent (JSON merge patch, RFC 7396: null empties, left out stays); version is required. */
    @PATCH
    @Path("{id}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed(Role.CLERK_ROLE)
    public DispatchDto patch(@RestPath Long id, String patch) {
        return update(id, MergePatch.patched(json, dto(load(id)), patch, DispatchUpdate.class));
    }

    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response reply(@RestPath Long id, ReplyBody body) {
        load(id);
        FormErrors errors = new FormErrors();
        if (body == null) {
            throw new ApiValidationException(errors.add("_form", "Send a JSON object"));
        }
        LocalDate received = FormDates.parse("receivedOn", body.receivedOn(), errors);
        if (received == null && !errors.has("receivedOn")) {
            errors.add("receivedOn", "Enter the date the reply was received");
        }
        ReplyKind kind = Enums.parse(ReplyKind.class, body.kind());
        if (kind == null) {
            errors.add("kind", Enums.useOneOf(ReplyKind.class));
        }
        ApiValidationException.throwIfPresent(errors);
        Reply reply = replies.recordForDispatch(id, new ReplyInput(received, FormDates.trim(body.theirReference()), kind,
                FormDates.trim(body.summary())), errors);
        ApiValidationException.throwIfPresent(errors);
        return Response.status(201).entity(new ReplyDto(reply.id, reply.dispatch.id, reply.receivedOn, reply.theirReference,
                reply.kind, reply.summary, reply.dispatch.status)).build();
    }

    private Dispatch load(Long id) {
        return NotFound.orThrow(em.createQuery("select d from Dispatch d join fetch d.statement join fetch d.recipient "
                + "left join fetch d.viaList left join fetch d.followUpOf where d.id = :id", Dispatch.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
    }

    static DispatchDto dto(Dispatch d) {
        return DispatchDto.of(d, d.statement.id, d.recipient.id, d.viaList == null ? null : d.viaList.id,
                d.followUpOf == null ? null : d.followUpOf.id);
    }
}
