package org.dispatchregister.recipients;

import org.dispatchregister.web.Messages;
import org.dispatchregister.common.TextFold;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.web.FormErrors;

/**
 * Every rule a recipient must satisfy, in one place for the form, the API, the import and the seed.
 * Messages are keyed by the {@link RecipientInput} component names.
 */
@ApplicationScoped
public class RecipientValidator {

    static final int MAX_ALIASES = 60;
    static final int MAX_NOTES = 10_000;

    @Inject
    EntityManager em;

    /** Checks {@code in} for the recipient {@code selfId} (null when creating). */
    public void validate(RecipientInput in, Long selfId, FormErrors errors) {
        if (blank(in.name())) {
            errors.add("name", Messages.notices().enter_body_name());
        }
        length(errors, "name", in.name(), 300);
        length(errors, "acronym", in.acronym(), 40);
        length(errors, "country", in.country(), 100);
        length(errors, "city", in.city(), 100);
        length(errors, "postalAddress", in.postalAddress(), 1000);
        length(errors, "emails", in.emails(), 1000);
        length(errors, "phone", in.phone(), 100);
        length(errors, "website", in.website(), 300);
        length(errors, "addresseeLine", in.addresseeLine(), 300);
        length(errors, "workingLanguage", in.workingLanguage(), 60);
        length(errors, "notes", in.notes(), MAX_NOTES);
        checkAcronym(in.acronym(), selfId, errors);
        if (!blank(in.categoryCode()) && Category.findByCode(in.categoryCode().trim()) == null) {
            errors.add("categoryCode", Messages.notices().unknown_category(in.categoryCode().trim()));
        }
        checkParent(in.parentId(), selfId, errors);
        String badEmail = EmailList.firstInvalid(in.emails());
        if (badEmail != null) {
            errors.add("emails", Messages.notices().bad_email(badEmail));
        }
        checkWebsite(in.website(), errors);
        if (!blank(in.preferredChannel())) {
            try {
                Channel.valueOf(in.preferredChannel().trim());
            } catch (IllegalArgumentException e) {
                errors.add("preferredChannel", Messages.notices().unknown_channel(in.preferredChannel().trim(), org.dispatchregister.web.Enums.useOneOf(Channel.class)));
            }
        }
        checkAliases(in, errors);
    }

    private void checkAcronym(String acronym, Long selfId, FormErrors errors) {
        if (blank(acronym)) {
            return;
        }
        String key = TextFold.acronymKey(acronym);
        if (key == null) {
            errors.add("acronym", Messages.notices().acronym_needs_letter());
            return;
        }
        Recipient other = RecipientQueries.byAcronymKey(key);
        if (other != null && !other.id.equals(selfId)) {
            errors.add("acronym", Messages.notices().acronym_taken(acronym.trim(), other.auditLabel()));
        }
    }

    private void checkParent(Long parentId, Long selfId, FormErrors errors) {
        if (parentId == null) {
            return;
        }
        Recipient parent = Recipient.findById(parentId);
        if (parent == null) {
            errors.add("parentId", Messages.notices().parent_missing());
            return;
        }
        if (parent.mergedInto != null) {
            errors.add("parentId", Messages.notices().parent_merged(parent.name));
            return;
        }
        if (ParentChain.createsCycle(selfId, parentId, this::parentOf)) {
            errors.add("parentId", parentId.equals(selfId) ? Messages.notices().own_parent()
                    : Messages.notices().parent_loop(parent.name));
        }
    }

    private Long parentOf(long id) {
        // A body at the top answers one row holding null (the key column), which a stream's findFirst cannot carry:
        // read the list. (findFirst threw here, so any edit of a body below another answered 500.)
        List<Long> parent = em.createQuery("select r.parent.id from Recipient r where r.id = :id", Long.class)
                .setParameter("id", id).getResultList();
        return parent.isEmpty() ? null : parent.get(0);
    }

    private static void checkWebsite(String website, FormErrors errors) {
        if (blank(website)) {
            return;
        }
        String w = website.trim();
        if (w.contains(" ") || (w.contains(":") && !w.matches("(?i)https?://.+"))) {
            errors.add("website", Messages.notices().enter_web_address());
        }
    }

    private static void checkAliases(RecipientInput in, FormErrors errors) {
        Set<String> keys = new HashSet<>();
        int count = 0;
        for (String alias : in.aliases()) {
            if (blank(alias)) {
                continue;
            }
            if (alias.trim().length() > 300) {
                errors.add("aliases", Messages.notices().alias_too_long(Messages.number(300)));
            }
            if (TextFold.fold(alias).isEmpty()) {
                errors.add("aliases", "An alias needs at least one letter or digit: \"" + alias.trim() + "\"");
            }
            if (keys.add(TextFold.fold(alias))) {
                count++;
            }
        }
        if (count > MAX_ALIASES) {
            errors.add("aliases", "At most " + MAX_ALIASES + " aliases");
        }
    }

    private static void length(FormErrors errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(field, "At most " + max + " characters (now " + value.trim().length() + ")");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
