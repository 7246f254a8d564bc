package org.dispatchregister.recipients;

import java.time.LocalDateTime;

/** One line of the register listing, read by a single projection query (no entity, no lazy loads). */
public record RecipientRow(Long id, String name, String acronym, String categoryCode, String categoryName,
        Long parentId, String parentName, String parentAcronym, String country, String city, boolean collective,
        boolean active, Long mergedIntoId, LocalDateTime updatedAt) {

    public String parentLabel() {
        if (parentId == null) {
            return "";
        }
        return parentAcronym != null ? parentAcronym : parentName;
    }

    public String updatedOn() {
        return updatedAt == null ? "" : updatedAt.toLocalDate().toString();
    }
}
