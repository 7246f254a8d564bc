package org.dispatchregister.recipients;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.dispatchregister.web.Messages;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Versions;

/** Administrators maintain the category list: create, rename, reorder, delete while unused. */
@ApplicationScoped
public class CategoryService {

    /** A category with the number of bodies in it, for the admin page (one query). */
    public record Row(Long id, String code, String name, int sortOrder, long version, long recipients) {

        public boolean isDeletable() {
            return recipients == 0 && !RecipientService.DEFAULT_CATEGORY.equals(code);
        }
    }

    @Inject
    EntityManager em;

    public List<Row> rows() {
        return em.createQuery("select new org.dispatchregister.recipients.CategoryService$Row(c.id, c.code, c.name, "
                + "c.sortOrder, c.version, (select count(r) from Recipient r where r.category = c)) from Category c "
                + "order by c.sortOrder, c.name", Row.class).getResultList();
    }

    @Transactional
    public Category create(String code, String name, FormErrors errors) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            errors.add("code", Messages.notices().enter_code());
        } else if (!c.matches("[A-Z][A-Z0-9_]{0,39}")) {
            errors.add("code", Messages.notices().category_code_rule());
        } else if (Category.findByCode(c) != null) {
            errors.add("code", Messages.notices().code_taken());
        }
        checkName(name, errors);
        if (errors.isPresent()) {
            return null;
        }
        Integer max = em.createQuery("select max(c.sortOrder) from Category c", Integer.class).getSingleResult();
        Category category = new Category();
        category.code = c;
        category.name = name.trim();
        category.sortOrder = (max == null ? 0 : max) + 10;
        category.persist();
        return category;
    }

    @Transactional
    public void rename(Long id, String name, Long version, FormErrors errors) {
        Category c = get(id);
        Versions.check(version, c.version);
        checkName(name, errors);
        if (errors.isEmpty()) {
            c.name = name.trim();
        }
    }

    /** Swaps the category with its neighbour above (up) or below. */
    @Transactional
    public void move(Long id, boolean up) {
        get(id);
        List<Category> all = Category.list("order by sortOrder, name");
        for (int i = 0; i < all.size(); i++) {
            all.get(i).sortOrder = (i + 1) * 10;
        }
        int index = all.indexOf(all.stream().filter(c -> c.id.equals(id)).findFirst().orElseThrow());
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < all.size()) {
            int tmp = all.get(index).sortOrder;
            all.get(index).sortOrder = all.get(other).sortOrder;
            all.get(other).sortOrder = tmp;
        }
    }

    /** Deletes an unused category; one that any body uses (even archived) is kept. */
    @Transactional
    public String delete(Long id, FormErrors errors) {
        Category c = get(id);
        long used = Recipient.count("category", c);
        if (used > 0) {
            errors.add("_form", Messages.notices().category_in_use(c.name, used));
        } else if (RecipientService.DEFAULT_CATEGORY.equals(c.code)) {
            errors.add("_form", Messages.notices().category_default(c.name));
        }
        if (errors.isPresent()) {
            return null;
        }
        c.delete();
        return c.name;
    }

    private Category get(Long id) {
        return NotFound.orThrow(id == null ? null : Category.<Category>findById(id));
    }

    private static void checkName(String name, FormErrors errors) {
        if (name == null || name.isBlank()) {
            errors.add("name", Messages.notices().enter_name());
        } else if (name.trim().length() > 120) {
            errors.add("name", Messages.notices().at_most_chars_now(Messages.number(120), Messages.number(name.trim().length())));
        }
    }
}
