package org.dispatchregister.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * A form refused for its CSRF token (left open too long, or opened in an earlier session) loses
 * nothing: the answer is a page holding everything the user typed, with a fresh token, asking to
 * submit again. Only for the signed-in user's own same-site requests (a forged cross-site post never
 * carries the SameSite=Strict session, so it is sent to sign-in before it gets here). Passwords are
 * never written back into a page, and chosen files cannot be: the page asks for them again.
 */
final class CsrfResubmit {

    /** One submitted field: kept as a hidden input, shown (shortened) so the user sees what will be sent. */
    record Field(String name, String value) {
        public String shown() {
            return value.length() > 300 ? value.substring(0, 300) + "…" : value;
        }
    }

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance resubmit(String action, boolean multipart, List<Field> fields, List<String> files,
                boolean passwordsDropped);
    }

    // Names of quarkus-rest-csrf: its routing-context key for the token, and the mark of a verified one.
    private static final String TOKEN_KEY = "csrf_token";
    private static final String VERIFIED_KEY = "csrf_token_verified";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfResubmit() {
    }

    /** The resubmit page if this bare 400 is a browser form refused for its token, else null. */
    static TemplateInstance pageFor(ContainerRequestContext request, RoutingContext routing, String fieldName, String cookieName,
            Duration cookieMaxAge) {
        if (!"POST".equals(request.getMethod()) || routing.get(VERIFIED_KEY) != null || request.getMediaType() == null
                || routing.request().path().startsWith("/api/") || !Redirects.isLocalPath(routing.request().path())) {
            return null;
        }
        String site = routing.request().getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin")) {
            return null;
        }
        // response filters see the request through a wrapper: the form is on the current request context
        ResteasyReactiveRequestContext current = CurrentRequestManager.get();
        FormData form = current == null ? null : current.getFormData();
        if (form == null) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        List<String> files = new ArrayList<>();
        boolean passwordsDropped = false;
        for (String name : form) {
            // the page's form tag gives it a fresh CSRF token and a fresh submission token (this post claimed none)
            if (name.equals(fieldName) || name.equals(Submissions.FIELD)) {
                continue;
            }
            for (FormValue value : form.get(name)) {
                if (value.isFileItem() || value.getFileName() != null) {
                    if (value.getFileName() != null && !value.getFileName().isBlank()) {
                        files.add(value.getFileName());
                    }
                } else if (isPassword(name)) {
                    passwordsDropped = true;
                } else {
                    fields.add(new Field(name, value.getValue() == null ? "" : value.getValue()));
                }
            }
        }
        freshToken(routing, cookieName, cookieMaxAge);
        boolean multipart = request.getMediaType().getSubtype().equalsIgnoreCase("form-data");
        return Templates.resubmit(routing.request().path(), multipart, fields, files, passwordsDropped);
    }

    private static boolean isPassword(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("password") || n.equals("current") || n.equals("confirm");
    }

    /** The browser's token cookie if it has a usable one, else a new token and cookie, for the page's form. */
    private static void freshToken(RoutingContext routing, String cookieName, Duration maxAge) {
        Cookie existing = routing.request().getCookie(cookieName);
        String token = existing == null ? null : existing.getValue();
        if (token == null || !token.matches("[A-Za-z0-9_-]{22}")) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        routing.put(TOKEN_KEY, token);
        routing.response().addCookie(Cookie.cookie(cookieName, token).setPath("/").setHttpOnly(true)
                .setSecure(routing.request().isSSL()).setMaxAge(maxAge.toSeconds()));
    }
}
