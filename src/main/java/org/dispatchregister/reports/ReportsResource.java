package org.dispatchregister.reports;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dispatchregister.common.Role;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reports landing page: pick a body or a statement, or open the unanswered list or the analytics. */
@Path("/reports")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.TEXT_HTML)
public class ReportsResource {

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance index(String q, List<ReportPickers.RecipientHit> recipients, String sq,
                List<ReportPickers.StatementHit> statements);

        static native TemplateInstance analytics(Analytics a);
    }

    @Inject
    ReportPickers pickers;

    @Inject
    AnalyticsService analytics;

    @GET
    public TemplateInstance index(@RestQuery String q, @RestQuery String sq) {
        String recipientQuery = q == null ? "" : q.trim();
        String statementQuery = sq == null ? "" : sq.trim();
        return Templates.index(recipientQuery, recipientQuery.isEmpty() ? null : pickers.recipients(recipientQuery),
                statementQuery, statementQuery.isEmpty() ? null : pickers.statements(statementQuery));
    }

    @GET
    @jakarta.ws.rs.Path("analytics")
    public TemplateInstance analytics(@RestQuery String from, @RestQuery String to) {
        return Templates.analytics(analytics.analytics(from, to));
    }
}
