package org.dispatchregister.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Some rejections arrive with no body at all, notably the CSRF filter's bare 400 for a missing or
 * stale token. Give them the same error page as everything else so the user knows what happened.
 */
public class EmptyErrorBodyFilter {

    @ServerResponseFilter(priority = 10)
    public void fillEmptyError(ContainerResponseContext response, HttpServerRequest request) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        var page = ErrorPages.respond(request, status, ErrorPages.titleFor(status), ErrorPages.messageFor(status));
        response.setEntity(page.getEntity(), null, ErrorPages.isApi(request) ? MediaType.APPLICATION_JSON_TYPE
                : MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
