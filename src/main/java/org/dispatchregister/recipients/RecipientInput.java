package org.dispatchregister.recipients;

import java.util.List;

/**
 * What a person, the API, an import row or the seed asks a recipient to become. Raw strings as
 * typed; {@link RecipientValidator} checks them and {@link RecipientService} applies them.
 * {@code version} is the version the change was based on (null: do not check).
 */
public record RecipientInput(String name, String acronym, String categoryCode, Long parentId, String country,
        String city, String postalAddress, String emails, String phone, String website, String addresseeLine,
        String preferredChannel, String workingLanguage, String notes, boolean collective, List<String> aliases,
        Long version) {

    public RecipientInput {
        aliases = aliases == null ? List.of() : aliases;
    }

    /** The same input with another parent (the import resolves parents after validating the rest). */
    public RecipientInput withParent(Long parent) {
        return new RecipientInput(name, acronym, categoryCode, parent, country, city, postalAddress, emails, phone,
                website, addresseeLine, preferredChannel, workingLanguage, notes, collective, aliases, version);
    }
}
