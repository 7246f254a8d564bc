package org.dispatchregister.lists;

import org.jboss.resteasy.reactive.RestForm;

/** The create/edit list form, as typed. */
public record ListForm(@RestForm String name, @RestForm String description, @RestForm String version) {

    public static ListForm blank() {
        return new ListForm("", "", "");
    }

    public static ListForm of(DistributionList l) {
        return new ListForm(l.name, l.description, Long.toString(l.version));
    }

    public ListForm withVersion(long v) {
        return new ListForm(name, description, Long.toString(v));
    }

    public Long versionNumber() {
        try {
            return version == null || version.isBlank() ? null : Long.valueOf(version.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
