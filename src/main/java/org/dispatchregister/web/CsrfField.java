package org.dispatchregister.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token for the hidden field of every form ({inject:csrfField.token}). Normally the token
 * the CSRF filter prepared for this request; on an error page rendered after the filter rejected a
 * request, the browser's existing token cookie, so the page (and its sign-out form) still renders.
 */
@Named("csrfField")
@RequestScoped
public class CsrfField {

    // Key under which quarkus-rest-csrf keeps the request's token in the routing context.
    private static final String ROUTING_KEY = "csrf_token";

    @Inject
    RoutingContext routing;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String fieldName;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    public String getName() {
        return fieldName;
    }

    public String getToken() {
        Object token = routing.get(ROUTING_KEY);
        if (token != null) {
            return token.toString();
        }
        Cookie cookie = routing.request().getCookie(cookieName);
        return cookie == null ? "" : cookie.getValue();
    }
}
