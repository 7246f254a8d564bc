package org.dispatchregister.dashboard;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dispatchregister.dispatches.OverdueQuery;
import org.dispatchregister.dispatches.ReplyQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The landing page after sign-in: this year's figures, the most overdue replies and the latest replies. */
@Path("/")
@Authenticated
public class DashboardResource {

    private static final int SHORT_LIST = 10;

    @CheckedTemplate(basePath = "dashboard")
    static class Templates {
        static native TemplateInstance index(DashboardQuery.Figures figures, List<OverdueQuery.Row> overdue,
                List<ReplyQuery.Row> replies, LocalDate today);
    }

    @Inject
    DashboardQuery dashboard;

    @Inject
    OverdueQuery overdue;

    @Inject
    ReplyQuery replies;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index(dashboard.figures(), overdue.page(OverdueQuery.Filter.none(), OverdueQuery.SORTS.byDefault(), 0, SHORT_LIST),
                replies.page(new ReplyQuery.Filter(null, null, false), ReplyQuery.SORTS.byDefault(), 0, SHORT_LIST), dashboard.today());
    }
}
