package org.dispatchregister.web;

import java.time.Duration;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * Some rejections arrive with no body at all, notably the CSRF filter's bare 400 for a missing or
 * stale token. Give them the same error page as everything else so the user knows what happened;
 * a browser form refused for its token gets the page that keeps its input ({@link CsrfResubmit}).
 */
public class EmptyErrorBodyFilter {

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String csrfCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age", defaultValue = "PT2H")
    Duration csrfMaxAge;

    @ServerResponseFilter(priority = 10)
    public void fillEmptyError(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        if (status == 400) {
            TemplateInstance resubmit = CsrfResubmit.pageFor(request, routing, csrfField, csrfCookie, csrfMaxAge);
            if (resubmit != null) {
                response.setEntity(resubmit.render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
                return;
            }
        }
        var page = ErrorPages.respond(routing.request(), status, ErrorPages.titleFor(status), ErrorPages.messageFor(status));
        response.setEntity(page.getEntity(), null, page.getMediaType());
    }
}
