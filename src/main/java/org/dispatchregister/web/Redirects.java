package org.dispatchregister.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The "Redirect" of Post/Redirect/Get: always 303 so a reload never re-submits the form. Locations
 * are local paths sent as they are: never built from the request's Host header (which anyone can
 * forge), and a target that came from the request itself is used only if it is a local path.
 */
public final class Redirects {

    private static final int MAX_LENGTH = 2000;

    private Redirects() {
    }

    /** 303 to a path of this app, for example "/statements/12". */
    public static Response seeOther(String path) {
        // The raw header, not Response.seeOther: JAX-RS would make it absolute with the Host header.
        return Response.status(303).header(HttpHeaders.LOCATION, path).build();
    }

    /** 303 to a target the request supplied (a "back" field), or to the fallback when it is not a local path. */
    public static Response seeOther(String requested, String fallback) {
        return seeOther(localOr(requested, fallback));
    }

    /** The target if it is a path of this app (no scheme, no host, no control character or space), else the fallback. */
    public static String localOr(String target, String fallback) {
        return isLocalPath(target) ? target : fallback;
    }

    public static boolean isLocalPath(String target) {
        if (target == null || target.isEmpty() || target.length() > MAX_LENGTH || target.charAt(0) != '/') {
            return false;
        }
        if (target.startsWith("//") || target.startsWith("/\\")) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\\') {
                return false;
            }
        }
        try {
            URI uri = new URI(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
