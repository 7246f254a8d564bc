package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Messages;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.Role;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.recipients.RecipientQueries;
import org.dispatchregister.recipients.RecipientQueries.PickScope;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Dispatching a statement: choose lists and recipients (a plain GET form with a search box), preview the
 * expanded set, then confirm (POST) to create every dispatch in one transaction.
 */
@Path("/statements/{id}/dispatch")
@RolesAllowed(Role.CLERK_ROLE)
@Produces(MediaType.TEXT_HTML)
public class StatementDispatchResource {

    /** A choosable list or recipient, ticked or not. */
    public record Choice(Long id, String label, String detail, boolean checked) {
    }

    @CheckedTemplate(basePath = "dispatches")
    static class Templates {
        static native TemplateInstance dispatchForm(Statement s, DispatchForm form, List<Choice> lists, List<Choice> chosen,
                List<Choice> results, String q, boolean searched, DispatchPlan plan, FormErrors errors, List<Option> channels);
    }

    private static final int SEARCH_LIMIT = 40;

    @Inject
    RecipientQueries recipientQueries;

    @Inject
    DispatchService dispatches;

    @Inject
    DispatchPlanner planner;

    @Inject
    EntityManager em;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance form(@RestPath Long id, @RestQuery List<Long> listIds, @RestQuery List<Long> recipientIds,
            @RestQuery List<Long> followUp, @RestQuery String channel, @RestQuery String sentOn, @RestQuery String replyExpected,
            @RestQuery String replyDueOn, @RestQuery String note, @RestQuery String q, @RestQuery String submitted,
            @RestQuery String preview) {
        Statement s = load(id);
        DispatchForm form;
        if (submitted == null) {
            LocalDate today = LocalDate.now(clock);
            boolean expected = s.kind.replyExpected;
            LocalDate due = expected && s.kind.replyDays != null ? today.plusDays(s.kind.replyDays) : null;
            form = new DispatchForm(listIds, recipientIds, followUp, channel != null ? channel : Channel.EMAIL.name(),
                    today.toString(), expected ? "on" : null, due == null ? "" : due.toString(), "");
        } else {
            form = new DispatchForm(listIds, recipientIds, followUp, channel, sentOn, replyExpected, replyDueOn, note);
        }
        FormErrors errors = new FormErrors();
        DispatchPlan plan = null;
        if (preview != null) {
            DispatchRequest request = form.toRequest(errors);
            plan = planner.plan(id, request, errors);
        }
        return page(s, form, q, plan, errors);
    }

    @POST
    @OnceOnly
    public Response confirm(@RestPath Long id, @BeanParam DispatchForm form) {
        Statement s = load(id);
        FormErrors errors = new FormErrors();
        DispatchRequest request = form.toRequest(errors);
        List<Dispatch> created = errors.isPresent() ? List.of() : dispatches.create(id, request, errors);
        if (errors.isPresent()) {
            em.clear();
            s = load(id);
            DispatchPlan plan = planner.plan(id, request, new FormErrors());
            return Response.status(400).entity(page(s, form, null, plan, errors)).build();
        }
        flash.set(created.size() == 1 ? Messages.notices().dispatched_to_one() : Messages.notices().dispatched_to_many(created.size()));
        return Redirects.seeOther("/statements/" + id);
    }

    private TemplateInstance page(Statement s, DispatchForm form, String q, DispatchPlan plan, FormErrors errors) {
        Set<Long> lists = new HashSet<>(form.listIds());
        List<Choice> listChoices = em.createQuery("select l.id, l.name, l.description from DistributionList l where l.active = true "
                + "order by l.name", Object[].class).getResultList().stream()
                .map(r -> new Choice((Long) r[0], (String) r[1], (String) r[2], lists.contains((Long) r[0]))).toList();
        List<Choice> chosen = form.recipientIds().isEmpty() ? List.of()
                : em.createQuery("select r.id, r.name, r.acronym from Recipient r where r.id in :ids order by r.sortName",
                        Object[].class).setParameter("ids", form.recipientIds()).getResultList().stream()
                        .map(r -> new Choice((Long) r[0], (String) r[1], (String) r[2], true)).toList();
        List<Choice> results = List.of();
        boolean searched = q != null && !q.isBlank();
        if (searched) {
            Set<Long> already = new HashSet<>(form.recipientIds());
            results = recipientQueries.pick(q, PickScope.ACTIVE, SEARCH_LIMIT + already.size()).stream()
                    .filter(r -> !already.contains(r.id())).limit(SEARCH_LIMIT)
                    .map(r -> new Choice(r.id(), r.name(), r.acronym(), false)).toList();
        }
        return Templates.dispatchForm(s, form, listChoices, chosen, results, q == null ? "" : q, searched, plan, errors, Channel.options());
    }

    private Statement load(Long id) {
        return NotFound.orThrow(em.createQuery("select s from Statement s join fetch s.kind where s.id = :id", Statement.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
    }
}
