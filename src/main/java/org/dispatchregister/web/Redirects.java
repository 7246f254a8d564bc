package org.dispatchregister.web;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** The "Redirect" of Post/Redirect/Get: always 303 so a reload never re-submits the form. */
public final class Redirects {
    private Redirects() {
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
