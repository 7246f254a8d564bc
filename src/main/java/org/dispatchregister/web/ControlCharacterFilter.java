package org.dispatchregister.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * A NUL character in a query parameter is never meant, and PostgreSQL refuses to compare text with
 * one (H2 does not mind): refuse it up front with a clear 400 instead of a database error.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request, HttpServerRequest http) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null && (query.contains("%00") || query.indexOf('\0') >= 0)) {
            return ErrorPages.respond(http, 400, "Request not accepted",
                    "The address contains a NUL character, which no search or filter can use. Remove it and try again.");
        }
        return null;
    }
}
