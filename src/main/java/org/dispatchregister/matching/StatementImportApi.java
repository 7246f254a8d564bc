package org.dispatchregister.matching;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.dispatchregister.matching.StatementDraft.Field;

/** JSON API: what a pasted statement says about itself, and whom it was sent to. Saves nothing. */
@Path("/api/statements/import")
@RolesAllowed(Role.CLERK_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class StatementImportApi {

    /** Null where nothing was found; {@code sources} gives the line each value was read from. */
    public record DraftJson(String issuedOn, String place, String signatory, String signatoryTitle, String reference,
            String kind, String title, DistributionApi.ResultJson distribution, Map<String, String> sources) {
    }

    @Inject
    MatcherIndex index;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response read(String text) {
        TextInput.refuseUnreadable(text);
        StatementDraft d = StatementTextExtractor.extract(text);
        MatchResult distribution = d.distribution().found() ? index.matcher().match(d.distribution().value()) : MatchResult.empty();
        Map<String, String> sources = new LinkedHashMap<>();
        put(sources, "issuedOn", d.issuedOn());
        put(sources, "place", d.place());
        put(sources, "signatory", d.signatory());
        put(sources, "signatoryTitle", d.signatoryTitle());
        put(sources, "reference", d.reference());
        put(sources, "kind", d.kind());
        put(sources, "title", d.title());
        put(sources, "distribution", d.distribution());
        return Response.ok(new DraftJson(d.issuedOn().found() ? d.issuedOn().value().toString() : null, d.place().value(),
                d.signatory().value(), d.signatoryTitle().value(), d.reference().value(), d.kind().value(), d.title().value(),
                DistributionApi.ResultJson.of(distribution), sources)).build();
    }

    private static void put(Map<String, String> sources, String name, Field<?> field) {
        if (field.found()) {
            sources.put(name, field.source());
        }
    }
}
