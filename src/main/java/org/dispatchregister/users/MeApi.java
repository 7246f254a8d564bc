package org.dispatchregister.users;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Who the API caller is: lets a script check its credentials (and serves as the trivial endpoint of the benchmark). */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeApi {

    public record Me(String username, Set<String> roles) {
    }

    @Inject
    SecurityIdentity identity;

    @GET
    public Me me() {
        return new Me(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()));
    }
}
