package org.dispatchregister.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Moves the {@link Flash} message in and out of its cookie. */
public class FlashFilters {

    static final String COOKIE = "dr-flash";
    private static final int MAX_LENGTH = 500;

    @Inject
    Flash flash;

    @ServerRequestFilter
    public void readFlash(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie != null && !cookie.getValue().isEmpty()) {
            flash.receive(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
        }
    }

    @ServerResponseFilter
    public void writeFlash(ContainerResponseContext response) {
        String outgoing = flash.outgoing();
        if (outgoing != null) {
            String value = outgoing.length() > MAX_LENGTH ? outgoing.substring(0, MAX_LENGTH) : outgoing;
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie(URLEncoder.encode(value, StandardCharsets.UTF_8), 60));
        } else if (flash.hasIncoming() && flash.shown()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie("", 0));
        }
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
