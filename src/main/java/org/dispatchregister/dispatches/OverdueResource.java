package org.dispatchregister.dispatches;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dispatchregister.common.Role;
import org.dispatchregister.recipients.CategoryCatalog;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.PageInfo;
import org.dispatchregister.web.QueryString;
import org.dispatchregister.web.Sort;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Follow-ups: every dispatch whose reply is overdue, oldest first, with its reminders and a "Send reminder" action. */
@Path("/overdue")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.TEXT_HTML)
public class OverdueResource {

    @CheckedTemplate(basePath = "dispatches")
    static class Templates {
        static native TemplateInstance overdue(List<OverdueQuery.Row> rows, PageInfo page, OverdueQuery.Filter filter,
                String categoryText, String statementText, List<Option> categories, List<Option> statements, java.time.LocalDate today);
    }

    @Inject
    OverdueQuery query;

    @Inject
    CategoryCatalog categories;

    @GET
    public TemplateInstance list(@RestQuery String recipient, @RestQuery Long category, @RestQuery Long statement,
            @RestQuery Integer minDays, @RestQuery String sort, @RestQuery String dir, @RestQuery Integer page) {
        Integer min = minDays == null || minDays < 0 ? null : Math.min(minDays, 36500);
        OverdueQuery.Filter filter = new OverdueQuery.Filter(recipient, category, statement, min);
        String qs = new QueryString().add("recipient", recipient).add("category", category).add("statement", statement)
                .add("minDays", min).toString();
        Sort order = OverdueQuery.SORTS.parse(sort, dir);
        PageInfo info = PageInfo.of(page, query.count(filter), "/overdue", qs, order);
        return Templates.overdue(query.page(filter, order, info.offset(), info.size()), info, filter,
                category == null ? "" : category.toString(), statement == null ? "" : statement.toString(), categoryOptions(),
                query.statementOptions(), query.today());
    }

    /** Categories by id, the value this page's filter takes. */
    private List<Option> categoryOptions() {
        return categories.entries().stream().map(c -> new Option(c.id().toString(), c.name())).toList();
    }
}
