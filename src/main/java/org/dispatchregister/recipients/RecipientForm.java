package org.dispatchregister.recipients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.dispatchregister.web.Messages;
import org.dispatchregister.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The create/edit recipient form, as typed (strings only, so any input comes back to the page).
 * Aliases are one per line. Rules live in {@link RecipientValidator}, not here.
 */
public record RecipientForm(
        @RestForm String name,
        @RestForm String acronym,
        @RestForm String categoryCode,
        @RestForm String parentId,
        @RestForm String country,
        @RestForm String city,
        @RestForm String postalAddress,
        @RestForm String emails,
        @RestForm String phone,
        @RestForm String website,
        @RestForm String addresseeLine,
        @RestForm String preferredChannel,
        @RestForm String workingLanguage,
        @RestForm String notes,
        @RestForm String collective,
        @RestForm String aliases,
        @RestForm String version) {

    public static RecipientForm blank() {
        return new RecipientForm("", "", RecipientService.DEFAULT_CATEGORY, "", "", "", "", "", "", "", "", "", "", "",
                null, "", "");
    }

    public static RecipientForm of(Recipient r) {
        return new RecipientForm(r.name, r.acronym, r.category == null ? "" : r.category.code,
                r.parent == null ? "" : r.parent.id.toString(), r.country, r.city, r.postalAddress, r.emails, r.phone,
                r.website, r.addresseeLine, r.preferredChannel == null ? "" : r.preferredChannel.name(),
                r.workingLanguage, r.notes, r.collective ? "on" : null,
                String.join("\n", r.aliases.stream().map(a -> a.alias).toList()), Long.toString(r.version));
    }

    /** The same input, but based on {@code version}: after a conflict, saving again applies the user's values. */
    public RecipientForm withVersion(long newVersion) {
        return new RecipientForm(name, acronym, categoryCode, parentId, country, city, postalAddress, emails, phone,
                website, addresseeLine, preferredChannel, workingLanguage, notes, collective, aliases,
                Long.toString(newVersion));
    }

    public boolean isCollective() {
        return collective != null && !collective.isEmpty();
    }

    /** Converts to the service input; an unparsable parent or version is reported, never thrown. */
    public RecipientInput toInput(FormErrors errors, boolean editing) {
        Long parent = RecipientFilter.parseId(parentId);
        if (parent == null && parentId != null && !parentId.isBlank()) {
            errors.add("parentId", Messages.notices().choose_parent());
        }
        // A form without its version is refused by the service (Versions), as is an API call without one.
        Long basedOn = RecipientFilter.parseId(version);
        return new RecipientInput(name == null ? "" : name, acronym, categoryCode, parent, country, city, postalAddress,
                emails, phone, website, addresseeLine, preferredChannel, workingLanguage, notes, isCollective(),
                lines(aliases), editing ? basedOn : null);
    }

    /** Human-readable differences between what is saved now and this input, for the conflict message. */
    public List<String> differencesFrom(Recipient saved) {
        List<String> out = new ArrayList<>();
        diff(out, "Name", saved.name, name);
        diff(out, "Acronym", saved.acronym, acronym);
        diff(out, "Category", saved.category == null ? null : saved.category.code, categoryCode);
        diff(out, "Parent", saved.parent == null ? null : saved.parent.id.toString(), parentId);
        diff(out, "Country", saved.country, country);
        diff(out, "City", saved.city, city);
        diff(out, "Postal address", saved.postalAddress, postalAddress);
        diff(out, "Emails", saved.emails, EmailList.normalise(emails));
        diff(out, "Phone", saved.phone, phone);
        diff(out, "Website", saved.website, website);
        diff(out, "Addressee line", saved.addresseeLine, addresseeLine);
        diff(out, "Preferred channel", saved.preferredChannel == null ? null : saved.preferredChannel.name(), preferredChannel);
        diff(out, "Working language", saved.workingLanguage, workingLanguage);
        diff(out, "Notes", saved.notes, notes);
        diff(out, "Aliases", String.join(" | ", saved.aliases.stream().map(a -> a.alias).toList()),
                String.join(" | ", lines(aliases)));
        if (saved.collective != isCollective()) {
            out.add("Collective addressee is now " + (saved.collective ? "on" : "off"));
        }
        if (!saved.active) {
            out.add("The body has been archived");
        }
        return out;
    }

    private static void diff(List<String> out, String label, String saved, String typed) {
        String a = saved == null ? "" : saved.trim();
        String b = typed == null ? "" : typed.trim();
        if (!Objects.equals(a, b)) {
            out.add(label + " is now \u201c" + (a.isEmpty() ? "(empty)" : a) + "\u201d");
        }
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
