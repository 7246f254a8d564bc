package org.dispatchregister.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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

    @Transactional
    public List<RecipientHit> recipients(String query) {
        String like = pattern(query);
        return em.createQuery("select new org.dispatchregister.reports.ReportPickers$RecipientHit(r.id, r.name, r.acronym, c.name, p.name) "
                + "from Recipient r left join r.category c left join r.parent p where r.mergedInto is null and ("
                + "lower(r.name) like :q escape '!' or lower(coalesce(r.acronym, '')) like :q escape '!' "
                + "or r.searchText like :q escape '!') order by r.sortName, r.name, r.id", RecipientHit.class)
                .setParameter("q", like).setMaxResults(MAX_HITS).getResultList();
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
