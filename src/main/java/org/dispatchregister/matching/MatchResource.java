package org.dispatchregister.matching;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Messages;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The clerk pastes a distribution paragraph and gets the register bodies it names, ticks them and
 * goes on to dispatch a statement to them; phrases not placed can become a new recipient or an
 * alias of an existing one. Matching is a read: its POST only carries the (long) text.
 */
@Path("/match")
@RolesAllowed(Role.CLERK_ROLE)
@Produces(MediaType.TEXT_HTML)
public class MatchResource {

    @CheckedTemplate(basePath = "matching")
    static class Templates {
        static native TemplateInstance match(String text, boolean matched, List<MatchPageData.Row> rows, List<String> unmatched,
                List<MatchPageData.Segment> segments, List<Option> recipients, List<Option> statements, FormErrors errors,
                String notice, String statementId);
    }

    @Inject
    MatcherIndex index;

    @Inject
    MatchPageData data;

    @Inject
    AliasService aliases;

    @Inject
    Flash flash;

    /** The match form; opened from a statement ({@code ?statement=id}), the page keeps that statement for the dispatch. */
    @GET
    public TemplateInstance form(@RestQuery Long statement) {
        return Templates.match("", false, List.of(), List.of(), List.of(), List.of(), List.of(), FormErrors.none(), null,
                statement == null ? null : statement.toString());
    }

    @POST
    public Response match(@RestForm String text, @RestForm Long statementId) {
        String problem = TextInput.problem(text);
        String statement = statementId == null ? null : statementId.toString();
        if (problem != null) {
            return Response.status(400).entity(Templates.match(text == null || text.length() > TextInput.MAX_CHARS ? "" : text,
                    false, List.of(), List.of(), List.of(), List.of(), List.of(), new FormErrors().add("text", problem), null,
                    statement)).build();
        }
        return Response.ok(results(text, FormErrors.none(), null, statementId)).build();
    }

    @POST
    @Path("alias")
    @OnceOnly
    public Response addAlias(@RestForm String phrase, @RestForm Long recipientId, @RestForm String text, @RestForm Long statementId) {
        String safeText = TextInput.problem(text) == null ? text : "";
        if (recipientId == null) {
            return Response.status(400).entity(results(safeText, new FormErrors().add("_form", "Choose the recipient the phrase “"
                    + phrase + "” names."), null, statementId)).build();
        }
        String refused = aliases.addAlias(recipientId, phrase);
        if (refused != null) {
            return Response.status(400).entity(results(safeText, new FormErrors().add("_form", refused), null, statementId)).build();
        }
        return Response.ok(results(safeText, FormErrors.none(), "Alias “" + phrase.strip() + "” saved; the text was read again.", statementId)).build();
    }

    /** The dispatch form of the chosen statement, with the ticked bodies proposed. */
    @GET
    @Path("dispatch")
    public Response dispatch(@RestQuery Long statementId, @RestQuery List<String> recipientIds) {
        List<Long> ids = recipientIds == null ? List.of() : recipientIds.stream().filter(s -> s != null && s.matches("\\d{1,18}"))
                .map(Long::valueOf).distinct().toList();
        if (statementId == null || ids.isEmpty()) {
            flash.set(statementId == null ? Messages.notices().choose_statement_to_dispatch() : Messages.notices().tick_one_body());
            return Redirects.seeOther("/match");
        }
        return Redirects.seeOther("/statements/" + statementId + "/dispatch?"
                + ids.stream().map(id -> "recipientIds=" + id).collect(Collectors.joining("&")));
    }

    private TemplateInstance results(String text, FormErrors errors, String notice, Long statementId) {
        String clean = TextInput.clean(text);
        MatchResult result = text.isBlank() ? MatchResult.empty() : index.matcher().match(clean);
        return Templates.match(text, !text.isBlank(), MatchPageData.rows(result), result.unmatched(),
                MatchPageData.highlight(clean, result), data.recipients(), data.statementsWith(statementId), errors, notice,
                statementId == null ? null : statementId.toString());
    }
}
