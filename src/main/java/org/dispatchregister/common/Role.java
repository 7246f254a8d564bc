package org.dispatchregister.common;

import java.util.Set;

/**
 * Staff roles. Each role includes the ones below it, so resources check the least role an action
 * needs: reads need VIEWER, recording data needs CLERK, users and settings need ADMIN.
 */
public enum Role {
    VIEWER("Viewer: reads everything, changes nothing"),
    CLERK("Clerk: records statements, dispatches and replies"),
    ADMIN("Administrator: also manages users and settings");

    public static final String VIEWER_ROLE = "VIEWER";
    public static final String CLERK_ROLE = "CLERK";
    public static final String ADMIN_ROLE = "ADMIN";

    public final String description;

    Role(String description) {
        this.description = description;
    }

    /** The security roles granted to someone holding this role. */
    public Set<String> grantedRoles() {
        return switch (this) {
            case ADMIN -> Set.of(ADMIN_ROLE, CLERK_ROLE, VIEWER_ROLE);
            case CLERK -> Set.of(CLERK_ROLE, VIEWER_ROLE);
            case VIEWER -> Set.of(VIEWER_ROLE);
        };
    }
}
