package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.Role;
import org.dispatchregister.dispatches.DispatchApi.DispatchDto;
import org.dispatchregister.dispatches.DispatchApi.DispatchInput;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.web.ApiValidationException;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.FormDates;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestPath;

/** POST /api/statements/{id}/dispatches: dispatch a statement to lists and recipients; answers the created dispatches. */
@Path("/api/statements/{id}/dispatches")
@Produces(MediaType.APPLICATION_JSON)
public class StatementDispatchApi {

    @Inject
    DispatchService dispatches;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response create(@RestPath Long id, DispatchInput input) {
        var statement = NotFound.orThrow(em.createQuery("select s from Statement s join fetch s.kind where s.id = :id",
                org.dispatchregister.statements.Statement.class).setParameter("id", id).getResultStream().findFirst().orElse(null));
        if (input == null) {
            throw new ApiValidationException(new FormErrors().add("_form", "Send a JSON object"));
        }
        FormErrors errors = new FormErrors();
        Channel channel = Enums.parse(Channel.class, input.channel());
        if (channel == null) {
            errors.add("channel", Enums.useOneOf(Channel.class));
        }
        LocalDate sentOn = FormDates.parse("sentOn", input.sentOn(), errors);
        if (input.sentOn() == null) {
            sentOn = LocalDate.now(clock);
        }
        LocalDate due = FormDates.parse("replyDueOn", input.replyDueOn(), errors);
        boolean expected = input.replyExpected() != null ? input.replyExpected() : statement.kind.replyExpected;
        if (expected && due == null && input.replyDueOn() == null && statement.kind.replyDays != null && sentOn != null) {
            due = sentOn.plusDays(statement.kind.replyDays);
        }
        ApiValidationException.throwIfPresent(errors);
        DispatchRequest request = new DispatchRequest(input.listIds(), input.recipientIds(),
                input.followUpRecipientIds() == null ? null : new java.util.HashSet<>(input.followUpRecipientIds()), channel, sentOn,
                expected, due, input.note());
        List<Dispatch> created = dispatches.create(id, request, errors);
        ApiValidationException.throwIfPresent(errors);
        List<DispatchDto> body = created.stream().map(d -> DispatchDto.of(d, id, d.recipient.id,
                d.viaList == null ? null : d.viaList.id, d.followUpOf == null ? null : d.followUpOf.id)).toList();
        return Response.status(201).entity(body).build();
    }

}
