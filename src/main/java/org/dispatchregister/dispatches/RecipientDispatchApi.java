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
import org.dispatchregister.web.ApiValidationException;
import org.dispatchregister.web.FormDates;
import org.dispatchregister.web.FormErrors;
import org.jboss.resteasy.reactive.RestPath;

/** GET /api/recipients/{id}/dispatches: a recipient's correspondence history, newest first. */
@Path("/api/recipients/{id}/dispatches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class RecipientDispatchApi {

    @Inject
    CorrespondenceQuery correspondence;

    @Inject
    EntityManager em;

    @GET
    public List<CorrespondenceQuery.Row> forRecipient(@RestPath Long id) {
        Long found = em.createQuery("select r.id from Recipient r where r.id = :id", Long.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
        NotFound.orThrow(found);
        return correspondence.forRecipient(id);
    }

}
