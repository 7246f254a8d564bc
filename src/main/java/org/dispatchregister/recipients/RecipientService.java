package org.dispatchregister.recipients;

import org.dispatchregister.common.TextFold;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.dispatchregister.audit.AuditLog;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.web.FormErrors;

/**
 * Every write to a recipient goes through here, so the derived columns (acronym key, sort name,
 * search text, alias keys) are always recomputed by the one method {@link #refreshDerived}.
 */
@ApplicationScoped
public class RecipientService {

    public static final String DEFAULT_CATEGORY = "OTHER";

    @Inject
    RecipientValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<RegisterChanged> registerChanged;

    public Recipient get(Long id) {
        return NotFound.orThrow(id == null ? null : Recipient.<Recipient>findById(id));
    }

    /** Creates a recipient, or returns null with the reasons in {@code errors}. */
    @Transactional
    public Recipient create(RecipientInput in, FormErrors errors) {
        // Adds to messages the caller may already hold (an unparsable field), so every problem shows at once.
        validator.validate(in, null, errors);
        if (errors.isPresent()) {
            return null;
        }
        Recipient r = new Recipient();
        List<String> before = apply(r, in);
        r.persist();
        auditAliases(r, before);
        return r;
    }

    /** Updates a recipient; a version older than the saved one throws {@link OptimisticLockException}. */
    @Transactional
    public Recipient update(Long id, RecipientInput in, FormErrors errors) {
        Recipient r = get(id);
        if (in.version() != null && in.version() != r.version) {
            throw new OptimisticLockException("stale recipient " + id);
        }
        validator.validate(in, id, errors);
        if (errors.isPresent()) {
            return null;
        }
        List<String> before = apply(r, in);
        auditAliases(r, before);
        return r;
    }

    @Transactional
    public Recipient archive(Long id) {
        Recipient r = get(id);
        r.active = false;
        refreshDerived(r);
        return r;
    }

    /** Restores an archived body; a merged one cannot come back (its references moved away). */
    @Transactional
    public Recipient restore(Long id, FormErrors errors) {
        Recipient r = get(id);
        if (r.mergedInto != null) {
            errors.add("_form", r.name + " was merged into " + r.mergedInto.name + " and cannot be restored.");
            return r;
        }
        String key = TextFold.acronymKey(r.acronym);
        Recipient holder = key == null ? null : RecipientQueries.byAcronymKey(key);
        if (holder != null && !holder.id.equals(r.id)) {
            errors.add("_form", "The acronym " + r.acronym + " is now used by " + holder.auditLabel() + ".");
            return r;
        }
        r.active = true;
        refreshDerived(r);
        return r;
    }

    /**
     * Recomputes the columns derived from name, acronym and aliases. Called by every write path
     * (form, API, import, merge, seed) so search and uniqueness never drift from the data.
     */
    public void refreshDerived(Recipient r) {
        // Delivered after the commit to observers such as the distribution matcher's index.
        registerChanged.fire(new RegisterChanged("recipient " + r.name));
        r.acronymKey = r.mergedInto != null ? null : SearchKeys.acronymKey(r.acronym);
        r.sortName = SearchKeys.sortName(r.name);
        for (RecipientAlias alias : r.aliases) {
            alias.aliasKey = SearchKeys.aliasKey(alias.alias);
        }
        r.searchText = SearchKeys.searchText(r.name, r.acronym, r.aliases.stream().map(a -> a.alias).toList());
        LocalDateTime now = LocalDateTime.now(clock);
        if (r.createdAt == null) {
            r.createdAt = now;
        }
        r.updatedAt = now;
    }

    /** Adds an alias unless the body already answers to that name; true when added. */
    public boolean addAlias(Recipient r, String alias) {
        String key = TextFold.fold(alias);
        if (key.isEmpty() || key.equals(TextFold.fold(r.name)) || key.equals(TextFold.fold(r.acronym))) {
            return false;
        }
        for (RecipientAlias existing : r.aliases) {
            if (TextFold.fold(existing.alias).equals(key)) {
                return false;
            }
        }
        RecipientAlias row = new RecipientAlias();
        row.recipient = r;
        row.alias = truncate(alias.trim(), 300);
        row.aliasKey = truncate(key, 300);
        r.aliases.add(row);
        return true;
    }

    /** Copies the input onto the entity; returns the aliases it had before, for the history. */
    List<String> apply(Recipient r, RecipientInput in) {
        r.name = in.name().trim();
        r.acronym = trimToNull(in.acronym());
        r.category = Category.findByCode(RecipientValidator.blank(in.categoryCode()) ? DEFAULT_CATEGORY : in.categoryCode().trim());
        r.parent = in.parentId() == null ? null : Recipient.findById(in.parentId());
        r.country = trimToNull(in.country());
        r.city = trimToNull(in.city());
        r.postalAddress = trimToNull(in.postalAddress());
        r.emails = EmailList.normalise(in.emails());
        r.phone = trimToNull(in.phone());
        r.website = trimToNull(in.website());
        r.addresseeLine = trimToNull(in.addresseeLine());
        r.preferredChannel = RecipientValidator.blank(in.preferredChannel()) ? null : Channel.valueOf(in.preferredChannel().trim());
        r.workingLanguage = trimToNull(in.workingLanguage());
        r.notes = trimToNull(in.notes());
        r.collective = in.collective();
        List<String> before = r.aliases.stream().map(a -> a.alias).toList();
        replaceAliases(r, in.aliases());
        refreshDerived(r);
        return before;
    }

    private void replaceAliases(Recipient r, List<String> wanted) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String alias : wanted) {
            if (alias != null && !TextFold.fold(alias).isEmpty()) {
                byKey.putIfAbsent(TextFold.fold(alias), alias.trim());
            }
        }
        // Keep rows whose text is unchanged, so an edit that touches nothing rewrites nothing.
        r.aliases.removeIf(a -> !a.alias.equals(byKey.get(TextFold.fold(a.alias))));
        Set<String> kept = new LinkedHashSet<>();
        r.aliases.forEach(a -> kept.add(TextFold.fold(a.alias)));
        for (Map.Entry<String, String> e : byKey.entrySet()) {
            if (!kept.contains(e.getKey())) {
                RecipientAlias row = new RecipientAlias();
                row.recipient = r;
                row.alias = e.getValue();
                row.aliasKey = e.getKey();
                r.aliases.add(row);
            }
        }
    }

    // Alias rows are not audited entities of their own: record the change on the recipient.
    private void auditAliases(Recipient r, List<String> before) {
        List<String> after = new ArrayList<>(r.aliases.stream().map(a -> a.alias).toList());
        if (!new LinkedHashSet<>(before).equals(new LinkedHashSet<>(after))) {
            audit.record("UPDATE", "Recipient", r.id, "Aliases of " + r.auditLabel() + ": "
                    + (before.isEmpty() ? "(none)" : String.join(" | ", before)) + " → "
                    + (after.isEmpty() ? "(none)" : String.join(" | ", after)));
        }
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String truncate(String s, int max) {
        return SearchKeys.truncate(s, max);
    }
}
