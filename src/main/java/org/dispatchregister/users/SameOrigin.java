package org.dispatchregister.users;

import java.net.URI;

import io.vertx.ext.web.RoutingContext;

/**
 * Whether a form post comes from this app's own pages, by the headers browsers add and pages cannot
 * forge: {@code Sec-Fetch-Site} (all current browsers) and, failing that, {@code Origin}. Scripts
 * (curl, the benchmark) send neither and are let through: they are not a victim's browser.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean check(RoutingContext context) {
        String site = context.request().getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equalsIgnoreCase("same-origin") || site.equalsIgnoreCase("none");
        }
        String origin = context.request().getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            return uri.getRawAuthority() != null && context.request().authority() != null
                    && uri.getRawAuthority().equalsIgnoreCase(context.request().authority().toString());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
