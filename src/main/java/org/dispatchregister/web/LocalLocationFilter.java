package org.dispatchregister.web;

import java.net.URI;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * JAX-RS turns a relative Location (a 201's new resource, a redirect) into an absolute one using the
 * request's Host header, which any client can forge. Send such locations back as local paths, so no
 * answer of this app ever points at a host it was merely told about.
 */
public class LocalLocationFilter {

    @ServerResponseFilter
    public void relativize(ContainerResponseContext response, HttpServerRequest request) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri;
        try {
            uri = location instanceof URI u ? u : URI.create(location.toString());
        } catch (IllegalArgumentException notAUri) {
            return;
        }
        if (uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(request.authority() == null ? ""
                : request.authority().toString())) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            response.getHeaders().putSingle(HttpHeaders.LOCATION, path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
    }
}
