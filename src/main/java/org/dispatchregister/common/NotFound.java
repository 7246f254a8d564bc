package org.dispatchregister.common;

import jakarta.ws.rs.NotFoundException;

/** Turns a missing record into a 404 instead of a NullPointerException further down. */
public final class NotFound {
    private NotFound() {
    }

    public static <T> T orThrow(T entity) {
        if (entity == null) {
            throw new NotFoundException();
        }
        return entity;
    }
}
