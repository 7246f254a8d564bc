package org.dispatchregister.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

/**
 * The cheapest signed-in page: the session cookie is decrypted and the user's status checked
 * (UserStatusCache) exactly as for any page, then "ok". The benchmark divides list-page
 * throughput by this one's, so the ratio shows what the page itself costs beyond sign-in checks.
 */
@Path("/ping")
@Authenticated
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "ok";
    }
}
