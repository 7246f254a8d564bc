package org.dispatchregister.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.dispatchregister.recipients.RecipientQueries;
import org.dispatchregister.recipients.RecipientQueries.PickScope;

/** The searches behind the report pickers: bodies and statements by name, acronym, title or reference. */
@ApplicationScoped
public class ReportPickers {

    static final int MAX_HITS = 50;
    static final int MAX_QUERY = 100;

    public record RecipientHit(Long id, String name, String acronym, String category, String parent) {
    }

    public record StatementHit(Long id, String reference, String title, LocalDate issuedOn) {
    }

    @Inject
    EntityManager em;

    @Inject
    RecipientQueries recipients;

    /** Bodies with a history (active or archived, not merged), found by the register's one search. */
    @Transactional
    public List<RecipientHit> recipients(String query) {
        String q = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        return recipients.pick(q, PickScope.NOT_MERGED, MAX_HITS).stream()
                .map(p -> new RecipientHit(p.id(), p.name(), p.acronym(), p.category(), p.parent())).toList();
    }

    @Transactional
    public List<StatementHit> statements(String query) {
        String like = pattern(query);
        return em.createQuery("select new org.dispatchregister.reports.ReportPickers$StatementHit(s.id, s.reference, s.title, s.issuedOn) "
                + "from Statement s where lower(s.title) like :q escape '!' or lower(coalesce(s.reference, '')) like :q escape '!' "
                + "order by s.issuedOn desc nulls last, s.id desc", StatementHit.class)
                .setParameter("q", like).setMaxResults(MAX_HITS).getResultList();
    }

    /** A contains-pattern with the user's % and _ taken literally. */
    static String pattern(String query) {
        String text = query.trim().toLowerCase(Locale.ROOT);
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
