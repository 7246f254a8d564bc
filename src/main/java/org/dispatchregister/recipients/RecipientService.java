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
import org.dispatchregister.web.Versions;
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
        Versions.check(in.version(), r.version);
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

    /**
     * A body's own fields as they are stored: {@link #apply} writes an input's, {@link #changes} compares them with the
     * saved ones, so "what an input would change" and "what it changes" are one definition. The channel stays text
     * (an unknown one is a change the validator then refuses); aliases are the texts kept, one per folded key.
     */
    record Stored(String name, String acronym, String category, Long parent, String country, String city,
            String postalAddress, String emails, String phone, String website, String addresseeLine,
            String preferredChannel, String workingLanguage, String notes, boolean collective, Set<String> aliases) {

        static Stored of(RecipientInput in) {
            return new Stored(in.name() == null ? "" : in.name().trim(), trimToNull(in.acronym()),
                    RecipientValidator.blank(in.categoryCode()) ? DEFAULT_CATEGORY : in.categoryCode().trim(), in.parentId(),
                    trimToNull(in.country()), trimToNull(in.city()), trimToNull(in.postalAddress()),
                    EmailList.normalise(in.emails()), trimToNull(in.phone()), trimToNull(in.website()),
                    trimToNull(in.addresseeLine()), trimToNull(in.preferredChannel()), trimToNull(in.workingLanguage()),
                    trimToNull(in.notes()), in.collective(), new LinkedHashSet<>(wantedAliases(in.aliases()).values()));
        }

        static Stored of(Recipient r) {
            return new Stored(r.name, r.acronym, r.category == null ? null : r.category.code,
                    r.parent == null ? null : r.parent.id, r.country, r.city, r.postalAddress, r.emails, r.phone, r.website,
                    r.addresseeLine, r.preferredChannel == null ? null : r.preferredChannel.name(), r.workingLanguage,
                    r.notes, r.collective, new LinkedHashSet<>(r.aliases.stream().map(a -> a.alias).toList()));
        }
    }

    /** The names of the fields (as in {@link RecipientInput}) that {@code in} would change on {@code r}; empty if none. */
    public List<String> changes(Recipient r, RecipientInput in) {
        Stored saved = Stored.of(r);
        Stored wanted = Stored.of(in);
        List<String> changed = new ArrayList<>();
        for (var component : Stored.class.getRecordComponents()) {
            try {
                if (!java.util.Objects.equals(component.getAccessor().invoke(saved), component.getAccessor().invoke(wanted))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    /** Copies the input onto the entity; returns the aliases it had before, for the history. */
    List<String> apply(Recipient r, RecipientInput in) {
        Stored s = Stored.of(in);
        r.name = s.name();
        r.acronym = s.acronym();
        r.category = Category.findByCode(s.category());
        r.parent = s.parent() == null ? null : Recipient.findById(s.parent());
        r.country = s.country();
        r.city = s.city();
        r.postalAddress = s.postalAddress();
        r.emails = s.emails();
        r.phone = s.phone();
        r.website = s.website();
        r.addresseeLine = s.addresseeLine();
        r.preferredChannel = s.preferredChannel() == null ? null : Channel.valueOf(s.preferredChannel());
        r.workingLanguage = s.workingLanguage();
        r.notes = s.notes();
        r.collective = s.collective();
        List<String> before = r.aliases.stream().map(a -> a.alias).toList();
        replaceAliases(r, in.aliases());
        refreshDerived(r);
        return before;
    }

    /** The aliases an input asks for: one text per folded key, the first spelling given, blank ones left out. */
    private static Map<String, String> wantedAliases(List<String> wanted) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String alias : wanted) {
            if (alias != null && !TextFold.fold(alias).isEmpty()) {
                byKey.putIfAbsent(TextFold.fold(alias), alias.trim());
            }
        }
        return byKey;
    }

    private void replaceAliases(Recipient r, List<String> wanted) {
        Map<String, String> byKey = wantedAliases(wanted);
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
