package org.dispatchregister.recipients;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.web.Option;

/**
 * The category choices, kept in memory: every register page shows them, and they change only when
 * an administrator edits one here (which clears this copy), so the listing stays at two queries.
 */
@ApplicationScoped
public class CategoryCatalog {

    /** A category as the pages show it. */
    public record Entry(Long id, String code, String name, int sortOrder) {
    }

    @Inject
    EntityManager em;

    private volatile List<Entry> entries;

    public List<Entry> entries() {
        List<Entry> current = entries;
        if (current == null) {
            current = em.createQuery("select new org.dispatchregister.recipients.CategoryCatalog$Entry(c.id, c.code, c.name, c.sortOrder) "
                    + "from Category c order by c.sortOrder, c.name", Entry.class).getResultList();
            entries = current;
        }
        return current;
    }

    /** Options whose value is the category code. */
    public List<Option> options() {
        return entries().stream().map(e -> new Option(e.code(), e.name())).toList();
    }

    public void invalidate() {
        entries = null;
    }
}
