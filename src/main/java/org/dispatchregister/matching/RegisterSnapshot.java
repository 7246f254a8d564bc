package org.dispatchregister.matching;

import java.util.List;

/** The register as the matcher sees it: the bodies that may be proposed, with their names and aliases. */
public record RegisterSnapshot(List<Entry> entries) {

    public RegisterSnapshot {
        entries = List.copyOf(entries);
    }

    /** One body: its id, name, acronym (may be null), other names, and whether it stands for many bodies. */
    public record Entry(long id, String name, String acronym, List<String> aliases, boolean collective, boolean active) {

        public Entry {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }
}
