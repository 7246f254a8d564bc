package org.dispatchregister.dispatches;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dispatchregister.common.Role;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.PageInfo;
import org.dispatchregister.web.QueryString;
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
    EntityManager em;

    @GET
    public TemplateInstance list(@RestQuery String recipient, @RestQuery Long category, @RestQuery Long statement,
            @RestQuery Integer minDays, @RestQuery Integer page) {
        Integer min = minDays == null || minDays < 0 ? null : Math.min(minDays, 36500);
        OverdueQuery.Filter filter = new OverdueQuery.Filter(recipient, category, statement, min);
        String qs = new QueryString().add("recipient", recipient).add("category", category).add("statement", statement)
                .add("minDays", min).toString();
        PageInfo info = new PageInfo(PageInfo.clamp(page), PageInfo.DEFAULT_SIZE, query.count(filter), "/overdue", qs);
        List<Option> categories = em.createQuery("select c.id, c.name from Category c order by c.sortOrder, c.name", Object[].class)
                .getResultList().stream().map(r -> new Option(r[0].toString(), (String) r[1])).toList();
        List<Option> statements = em.createQuery("select distinct s.id, s.reference, s.issuedOn from Dispatch d join d.statement s "
                + "where " + ReplyRules.OVERDUE_JPQL + " order by s.issuedOn desc", Object[].class)
                .setParameter("today", query.today()).getResultList().stream()
                .map(r -> new Option(r[0].toString(), (r[1] == null ? "draft" : (String) r[1]) + " · " + r[2])).toList();
        return Templates.overdue(query.page(filter, info.offset(), info.size()), info, filter,
                category == null ? "" : category.toString(), statement == null ? "" : statement.toString(), categories, statements,
                query.today());
    }
}
