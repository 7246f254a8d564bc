package org.dispatchregister.reports;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dispatchregister.common.Role;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The per-recipient report as JSON: the same figures and rows as the page. {@code replied} counts the
 * answered dispatches (status REPLIED); {@code responseRate} is the answered share of the
 * {@code expectingReply} dispatches counted for the rate (see {@code ReplyRules}), a percentage (0-100,
 * one decimal); days are whole days from sending to the first answer.
 */
@Path("/api/recipients/{id}/report")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class RecipientReportApi {

    @Inject
    RecipientReportService reports;

    @Inject
    Clock clock;

    @GET
    public RecipientReport report(@RestPath Long id, @RestQuery String from, @RestQuery String to, @RestQuery String children) {
        ReportPeriod period = ReportPeriod.parse(from, to, LocalDate.now(clock), "/reports");
        return reports.report(id, period, RecipientReportResource.flag(children));
    }
}
