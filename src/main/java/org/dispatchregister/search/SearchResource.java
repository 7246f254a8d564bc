package org.dispatchregister.search;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dispatchregister.common.Role;
import org.dispatchregister.dispatches.ReplyQuery;
import org.dispatchregister.recipients.RecipientQueries;
import org.dispatchregister.statements.StatementQuery;
import org.dispatchregister.web.QueryString;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The header search's results page (a plain GET form: no script needed). Each kind is asked of its own
 * feature's one search: bodies of {@link RecipientQueries#pick} (the register's fold, aliases and acronyms),
 * statements of the statements list's filter, replies by their reference.
 */
@Path("/search")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    /** How many hits of each kind the page shows; "all matching" links to the kind's own list for more. */
    static final int PER_KIND = 10;

    /** What one search found, a short list per kind; each list holds one more than is shown when there are more. */
    public record Results(String q, List<RecipientQueries.Pick> bodies, List<StatementQuery.Row> statements,
            List<ReplyQuery.Row> replies) {

        public boolean isEmpty() {
            return bodies.isEmpty() && statements.isEmpty() && replies.isEmpty();
        }

        /** The typed text as a query parameter, for the links to each kind's full list. */
        public String query() {
            return new QueryString().add("q", q).toString();
        }
    }

    @CheckedTemplate(basePath = "search")
    static class Templates {
        static native TemplateInstance results(Results results, int perKind);
    }

    @Inject
    RecipientQueries recipients;

    @Inject
    StatementQuery statements;

    @Inject
    ReplyQuery replies;

    @GET
    public TemplateInstance search(@RestQuery String q) {
        String typed = q == null ? "" : q.strip();
        if (typed.isEmpty()) {
            return Templates.results(new Results("", List.of(), List.of(), List.of()), PER_KIND);
        }
        return Templates.results(new Results(typed,
                recipients.pick(typed, RecipientQueries.PickScope.NOT_MERGED, PER_KIND + 1),
                statements.page(new StatementQuery.Filter(typed, null, null, null, null), StatementQuery.SORTS.byDefault(), 0, PER_KIND + 1),
                replies.byTheirReference(typed, PER_KIND + 1)), PER_KIND);
    }
}
